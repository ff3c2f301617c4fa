# KLayout peer of org.jjmask.bench.HallBarWrite: fill the same Hall-bar outline (read from the
# outline file HallBarWrite writes, "x y" in nm per line) with a 200 nm triangular lattice of
# 140 nm 64-gon holes, 200 nm edge margin, whole holes only, and write GDSII.
#   klayout -b -r hallbar_fill.py -rd outline=OUTLINE.txt -rd out=FILE [-rd mode=ortho|skew] [-rd d=NM -rd margin=NM]
# mode=ortho (default): two interleaved rectangular fills, as jjmask lays a triangular lattice
#   out (cell 200 x 346 nm, second basis point at 100,173), so every array is orthogonal.
# mode=skew: one fill with KLayout's skew step vectors (200,0) and (100,173).
import math
import time
import pya

t0 = time.perf_counter()
pitch = 200
cell_y = 346           # round(200 * sqrt(3)), as jjmask's GridLattice
d = int(globals().get("d", 140))           # -rd d=80 -rd margin=500 for the layout issue's case
nv = 64
margin = int(globals().get("margin", 200))
fill_mode = globals().get("mode", "ortho")

ly = pya.Layout()
ly.dbu = 0.001
top = ly.create_cell("BENCH_HALLBAR")
hole = ly.create_cell("JJ_HOLE")
r = d / 2.0
hole.shapes(ly.layer(1, 0)).insert(pya.Polygon(
    [pya.Point(math.floor(r * math.cos(2 * math.pi * k / nv) + 0.5),
               math.floor(r * math.sin(2 * math.pi * k / nv) + 0.5)) for k in range(nv)], True))
with open(outline) as f:
    ring = [pya.Point(int(a), int(b)) for a, b in (line.split() for line in f if line.strip())]
outline_poly = pya.Polygon(ring)
top.shapes(ly.layer(2, 0)).insert(outline_poly)

region = pya.Region(outline_poly).sized(-margin)
fc_box = pya.Box(-d // 2, -d // 2, d // 2, d // 2)   # the hole's footprint must fit the region
t1 = time.perf_counter()
if fill_mode == "skew":
    top.fill_region(region, hole.cell_index(), fc_box, pya.Vector(pitch, 0), pya.Vector(pitch // 2, cell_y // 2),
                    pya.Point(0, 0), None, pya.Vector(), None)
else:
    for origin in (pya.Point(0, 0), pya.Point(pitch // 2, cell_y // 2)):
        top.fill_region(region, hole.cell_index(), fc_box, pya.Vector(pitch, 0), pya.Vector(0, cell_y),
                        origin, None, pya.Vector(), None)
t2 = time.perf_counter()
ly.write(out)
t3 = time.perf_counter()
holes = 0
arrays = 0
for inst in top.each_inst():
    arrays += 1
    holes += inst.size()
print("klayout_hallbar_fill mode=%s holes=%d instances=%d setup_s=%.3f fill_s=%.3f write_s=%.3f seconds=%.3f"
      % (fill_mode, holes, arrays, t1 - t0, t2 - t1, t3 - t2, t3 - t0))
