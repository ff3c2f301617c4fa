package org.jjmask.gds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Flattened statistics of a library without flattening it: each cell's counts and bounding box
 * are computed once, children first, and multiplied or transformed through every SREF/AREF
 * that places it. A 10<sup>7</sup>-instance array costs one multiplication, not 10<sup>7</sup>
 * placements.
 */
public final class GdsInspector {

    private GdsInspector() {
    }

    /**
     * Per-cell results. Bounding boxes are kept per layer, as KLayout keeps them: under a
     * non-orthogonal rotation the union of each layer's transformed box is tighter than the
     * transformed box of the union, and KLayout reports the former.
     */
    private static final class CellStats {
        final Map<Long, long[]> layers = new HashMap<>();
        final Map<Long, BoundingBox> boxes = new HashMap<>();
        /** The layer of the last element counted: flat cells hold long runs on one layer. */
        private long lastKey = -1;
        private long[] lastCounts;
        private BoundingBox lastBox;

        BoundingBox box(int layer, int datatype) {
            return boxes.computeIfAbsent(key(layer, datatype), k -> new BoundingBox());
        }

        /** Counts one polygon on layer/datatype and returns that layer's box. */
        BoundingBox addPolygon(int layer, int datatype) {
            long k = key(layer, datatype);
            if (k != lastKey) {
                lastCounts = layers.computeIfAbsent(k, x -> new long[2]);
                lastBox = box(k);
                lastKey = k;
            }
            lastCounts[POLYGON] = Math.addExact(lastCounts[POLYGON], 1);
            return lastBox;
        }

        BoundingBox box(long key) {
            return boxes.computeIfAbsent(key, k -> new BoundingBox());
        }

        BoundingBox union() {
            BoundingBox all = new BoundingBox();
            boxes.values().forEach(all::add);
            return all;
        }

        void add(int layer, int datatype, int kind, long n) {
            long[] c = layers.computeIfAbsent(key(layer, datatype), k -> new long[2]);
            c[kind] = Math.addExact(c[kind], n);
        }

        void addScaled(CellStats child, long factor) {
            for (Map.Entry<Long, long[]> e : child.layers.entrySet()) {
                long[] c = layers.computeIfAbsent(e.getKey(), k -> new long[2]);
                c[0] = Math.addExact(c[0], Math.multiplyExact(e.getValue()[0], factor));
                c[1] = Math.addExact(c[1], Math.multiplyExact(e.getValue()[1], factor));
            }
        }
    }

    private static final int POLYGON = 0;
    private static final int TEXT = 1;

    public static Inspection inspect(GdsLibrary lib) throws GdsFormatException {
        List<GdsCell> cells = lib.cells();
        CellGraph graph = new CellGraph(cells);
        if (!graph.duplicateName().isEmpty()) {
            throw new GdsFormatException("cell '" + graph.duplicateName() + "' is defined twice", -1, -1, graph.duplicateName());
        }
        String[] missing = graph.missingReference();
        if (missing.length > 0) {
            throw new GdsFormatException("reference to undefined cell '" + missing[1] + "'", -1, -1, missing[0]);
        }
        int[] order = graph.childrenFirstOrder();
        if (order.length != cells.size()) {
            List<String> cycle = graph.cycle();
            throw new GdsFormatException("cell references form a cycle: " + String.join(" -> ", cycle), -1, -1, cycle.get(0));
        }

        CellStats[] stats = new CellStats[cells.size()];
        long arefs = 0;
        long srefs = 0;
        for (int index : order) {
            GdsCell cell = cells.get(index);
            CellStats s = new CellStats();
            Map<Integer, Long> placements = new HashMap<>();
            try {
                for (GdsElement e : cell.elements()) {
                    if (e instanceof Boundary b) {
                        addBounds(b.points(), s.addPolygon(b.layer(), b.datatype()));
                    } else if (e instanceof Box b) {
                        addBounds(b.points(), s.addPolygon(b.layer(), b.boxtype()));
                    } else if (e instanceof Path p) {
                        PathBounds.addTo(p, s.addPolygon(p.layer(), p.datatype()));
                    } else if (e instanceof Text t) {
                        s.add(t.layer(), t.texttype(), TEXT, 1);
                        s.box(t.layer(), t.texttype()).add(t.x(), t.y());
                    } else if (e instanceof SRef r) {
                        srefs++;
                        int child = graph.indexOf(r.cellName());
                        placements.merge(child, 1L, Math::addExact);
                        Placement placement = new Placement(r.strans());
                        for (Map.Entry<Long, BoundingBox> layer : stats[child].boxes.entrySet()) {
                            placement.addTransformed(layer.getValue(), r.x(), r.y(), s.box(layer.getKey()));
                        }
                    } else if (e instanceof ARef a) {
                        arefs++;
                        int child = graph.indexOf(a.cellName());
                        ArrayLattice lattice = new ArrayLattice(a);
                        placements.merge(child, lattice.instances(), Math::addExact);
                        Placement placement = new Placement(a.strans());
                        for (Map.Entry<Long, BoundingBox> layer : stats[child].boxes.entrySet()) {
                            lattice.addCorners(placement.transformed(layer.getValue()), s.box(layer.getKey()));
                        }
                    }
                }
                for (Map.Entry<Integer, Long> p : placements.entrySet()) {
                    s.addScaled(stats[p.getKey()], p.getValue());
                }
            } catch (ArithmeticException overflow) {
                throw new GdsFormatException("flattened element count of cell '" + cell.name()
                    + "' exceeds 2^63", -1, -1, cell.name());
            }
            stats[index] = s;
        }

        List<String> tops = new ArrayList<>();
        CellStats total = new CellStats();
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (graph.isTop(i)) {
                    tops.add(cells.get(i).name());
                    total.addScaled(stats[i], 1);
                    stats[i].boxes.forEach((k, b) -> total.box(k).add(b));
                }
            }
        } catch (ArithmeticException overflow) {
            throw new GdsFormatException("flattened element count of the library exceeds 2^63", -1, -1, "");
        }
        tops.sort(null);

        TreeMap<Long, long[]> sorted = new TreeMap<>(total.layers);
        List<LayerCount> layers = new ArrayList<>();
        long polygons = 0;
        for (Map.Entry<Long, long[]> e : sorted.entrySet()) {
            int layer = (int) (e.getKey() >>> 32);
            int datatype = (int) (e.getKey() & 0xFFFF_FFFFL);
            layers.add(new LayerCount(layer, datatype, e.getValue()[POLYGON], e.getValue()[TEXT]));
            polygons = saturatingAdd(polygons, e.getValue()[POLYGON]);
        }
        double dbuUm = lib.dbuUm();
        BoundingBox b = total.union();
        double[] bbox = b.isEmpty() ? new double[0]
            : new double[] {b.minX * dbuUm, b.minY * dbuUm, b.maxX * dbuUm, b.maxY * dbuUm};
        return new Inspection(cells.size(), tops, layers, bbox, dbuUm, arefs, srefs, polygons);
    }

    private static void addBounds(Points points, BoundingBox box) {
        Points.Bounds b = points.bounds();
        box.add(b.minX(), b.minY());
        box.add(b.maxX(), b.maxY());
    }

    private static long key(int layer, int datatype) {
        // layer and datatype are read unsigned, so both are non-negative and sort as written
        return ((long) layer << 32) | (datatype & 0xFFFF_FFFFL);
    }

    private static long saturatingAdd(long a, long b) {
        return BoundingBox.saturatingAdd(a, b);
    }
}
