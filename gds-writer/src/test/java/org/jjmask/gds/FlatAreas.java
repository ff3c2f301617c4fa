package org.jjmask.gds;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Test-side flattening, independent of {@link GdsInspector}: twice the total area per
 * layer/datatype of the BOUNDARYs (shoelace over their XY) and BOXes (rectangle of their points)
 * reachable from the top cells, in database units squared. A placed cell contributes its own
 * sum times the instances (columns x rows, 0 read as 1, as KLayout does) times MAG²; rotation
 * and reflection keep areas. Exact as long as the magnifications are (1, 1.5, 2, 3 ...) and the
 * sums stay below 2<sup>53</sup>. Layers holding PATHs are listed apart (their outlines are not
 * computed here); TEXTs have no area.
 */
record FlatAreas(Map<String, Double> area2, Set<String> pathLayers) {

    static FlatAreas of(GdsLibrary lib) {
        Map<String, GdsCell> cells = new HashMap<>();
        Set<String> referenced = new HashSet<>();
        for (GdsCell c : lib.cells()) {
            cells.put(c.name(), c);
            for (GdsElement e : c.elements()) {
                if (e instanceof SRef r) {
                    referenced.add(r.cellName());
                } else if (e instanceof ARef a) {
                    referenced.add(a.cellName());
                }
            }
        }
        Map<String, Map<String, Double>> memo = new HashMap<>();
        Set<String> pathLayers = new HashSet<>();
        Map<String, Double> total = new TreeMap<>();
        for (GdsCell c : lib.cells()) {
            if (!referenced.contains(c.name())) {
                cellArea2(c, cells, memo, pathLayers).forEach((k, v) -> total.merge(k, v, Double::sum));
            }
        }
        return new FlatAreas(total, pathLayers);
    }

    private static Map<String, Double> cellArea2(GdsCell cell, Map<String, GdsCell> cells,
                                                 Map<String, Map<String, Double>> memo, Set<String> pathLayers) {
        Map<String, Double> done = memo.get(cell.name());
        if (done != null) {
            return done;
        }
        Map<String, Double> sum = new HashMap<>();
        for (GdsElement e : cell.elements()) {
            if (e instanceof Boundary b) {
                sum.merge(b.layer() + "/" + b.datatype(), (double) shoelace2(b.xy()), Double::sum);
            } else if (e instanceof Box b) {
                int[] xy = b.xy();
                long minX = Long.MAX_VALUE;
                long minY = Long.MAX_VALUE;
                long maxX = Long.MIN_VALUE;
                long maxY = Long.MIN_VALUE;
                for (int i = 0; i < xy.length; i += 2) {
                    minX = Math.min(minX, xy[i]);
                    maxX = Math.max(maxX, xy[i]);
                    minY = Math.min(minY, xy[i + 1]);
                    maxY = Math.max(maxY, xy[i + 1]);
                }
                sum.merge(b.layer() + "/" + b.boxtype(), 2.0 * (maxX - minX) * (maxY - minY), Double::sum);
            } else if (e instanceof Path p) {
                pathLayers.add(p.layer() + "/" + p.datatype());
            } else if (e instanceof SRef r) {
                double mag = r.strans().magnification();
                cellArea2(cells.get(r.cellName()), cells, memo, pathLayers)
                    .forEach((k, v) -> sum.merge(k, v * mag * mag, Double::sum));
            } else if (e instanceof ARef a) {
                double mag = a.strans().magnification();
                long n = (long) Math.max(1, a.columns()) * Math.max(1, a.rows());
                cellArea2(cells.get(a.cellName()), cells, memo, pathLayers)
                    .forEach((k, v) -> sum.merge(k, v * n * mag * mag, Double::sum));
            }
        }
        memo.put(cell.name(), sum);
        return sum;
    }

    /** Twice the absolute area of a ring, closed or not (a closing point adds a zero term). */
    static long shoelace2(int[] xy) {
        int n = xy.length / 2;
        long s = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            s += (long) xy[2 * i] * xy[2 * j + 1] - (long) xy[2 * j] * xy[2 * i + 1];
        }
        return Math.abs(s);
    }

    /** Twice the area on one layer ("layer/datatype"), 0 when nothing is there. */
    double area2(String layer) {
        return area2.getOrDefault(layer, 0.0);
    }
}
