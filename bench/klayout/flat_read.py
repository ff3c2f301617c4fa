# KLayout peer of org.jjmask.bench.FlatRead: read a GDSII file and count the shapes of every
# layer, flattened through the hierarchy, and the bounding box.
#   klayout -b -r flat_read.py -rd infile=FILE
import time
import pya

t0 = time.perf_counter()
ly = pya.Layout()
ly.read(infile)
t1 = time.perf_counter()
polygons = 0
for top in ly.top_cells():
    for li in ly.layer_indexes():
        it = top.begin_shapes_rec(li)
        it.shape_flags = pya.Shapes.SPolygons | pya.Shapes.SBoxes | pya.Shapes.SPaths
        # flat shapes of a flat file: Shapes.size is exact and cheap; otherwise walk
        if ly.cells() == 1:
            polygons += top.shapes(li).size()
        else:
            while not it.at_end():
                polygons += 1
                it.next()
    bbox = top.dbbox()
t2 = time.perf_counter()
print("klayout_flat_read polygons=%d cells=%d read_s=%.3f count_s=%.3f seconds=%.3f bbox=%s"
      % (polygons, ly.cells(), t1 - t0, t2 - t1, t2 - t0, bbox))
