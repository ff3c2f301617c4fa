# KLayout peer of org.jjmask.bench.FlatWrite: n flat regular polygons (140 nm across, vertices
# rounded to whole nm exactly as FlatHoles.template) on a square 200 nm grid of ceil(sqrt(n))
# columns, one cell TOP, layer 1/0, dbu 1 nm, written as GDSII.
#   klayout -b -r flat_write.py -rd n=1000000 -rd out=FILE [-rd vertices=32] [-rd mode=loop|flatten]
# mode=loop (default): one Shapes.insert per polygon from Python, as a script generating its own
#   geometry does.
# mode=flatten: KLayout's fastest way to the same flat file: the polygon in a cell placed by
#   arrays (full rows, then the partial last row), flattened in C++; the same polygons, in
#   another order.
import math
import time
import pya

t0 = time.perf_counter()
count = int(n)
nv = int(globals().get("vertices", "32"))
pitch = 200
r = 70.0
cols = max(1, math.ceil(math.sqrt(count)))
# Java's Math.round is floor(x + 0.5); Python's round() is banker's rounding
pts = [pya.Point(math.floor(r * math.cos(2 * math.pi * k / nv) + 0.5),
                 math.floor(r * math.sin(2 * math.pi * k / nv) + 0.5)) for k in range(nv)]
template = pya.Polygon(pts, True)   # raw: keep every vertex as given

fill_mode = globals().get("mode", "loop")
ly = pya.Layout()
ly.dbu = 0.001
top = ly.create_cell("TOP")
layer = ly.layer(1, 0)
if fill_mode == "flatten":
    hole = ly.create_cell("HOLE")
    hole.shapes(layer).insert(template)
    rows, rest = divmod(count, cols)
    if rows:
        top.insert(pya.CellInstArray(hole.cell_index(), pya.Trans(), pya.Vector(pitch, 0), pya.Vector(0, pitch), cols, rows))
    if rest:
        top.insert(pya.CellInstArray(hole.cell_index(), pya.Trans(0, rows * pitch), pya.Vector(pitch, 0), pya.Vector(0, pitch), rest, 1))
    top.flatten(True)          # prune: the HOLE cell goes
else:
    shapes = top.shapes(layer)
    for i in range(count):
        shapes.insert(template.moved((i % cols) * pitch, (i // cols) * pitch))
t1 = time.perf_counter()
ly.write(out)
t2 = time.perf_counter()
print("klayout_flat_write mode=%s holes=%d shapes=%d cells=%d build_s=%.3f write_s=%.3f seconds=%.3f"
      % (fill_mode, count, top.shapes(layer).size(), ly.cells(), t1 - t0, t2 - t1, t2 - t0))
