package org.jjmask.layout.drc;

import java.util.List;
import java.util.function.Consumer;
import org.jjmask.gds.GdsFormatException;
import org.jjmask.layout.HoleArray;
import org.jjmask.layout.Layout;
import org.jjmask.layout.LayoutGds;

/**
 * The design rules on a layout whose holes are scattered (rotated or disordered lattice): no
 * lattice bond tells where the neighbours are, so the polygons the GDSII file will hold are handed,
 * one at a time as the layout places them, to the rules for any GDSII file ({@link GdsRules}: every
 * neighbouring pair measured exactly, every hole against the outline). What is checked is exactly
 * what is written — each hole its size class's polygon moved to its place, as its SREF places it;
 * the outline's boundaries as {@link LayoutGds#outlineBoundaries} writes them — without writing a
 * file and reading it back, which held the whole library twice in memory (about 1 kB a hole).
 */
final class ScatteredRules {

    private ScatteredRules() {}

    static DrcReport check(Layout layout, LayoutRules.Limits limits) {
        var holes = layout.layers().holes();
        var outline = layout.layers().outline();
        GdsRules.Options o = GdsRules.Options.of(holes.layer(), holes.datatype(), outline.layer(), outline.datatype(),
                limits, DrcReport.DEFAULT_CAP);
        GdsRules.Polygons polygons = new GdsRules.Polygons() {
            @Override
            public void outlines(Consumer<int[]> sink) {
                LayoutGds.outlineBoundaries(layout).forEach(sink);
            }

            @Override
            public long holes(Consumer<int[]> sink) {
                int[] cell = layout.hole().xy();
                for (HoleArray a : layout.arrays()) {
                    for (int j = 0; j < a.rows(); j++) {
                        for (int i = 0; i < a.columns(); i++) {
                            sink.accept(moved(cell, a.x() + i * a.stepX(), a.y() + j * a.stepY()));
                        }
                    }
                }
                layout.scattered().ifPresent(s -> s.forEach((x, y, k) -> sink.accept(moved(s.shape(k).xy(), x, y))));
                return 0;
            }
        };
        try {
            return GdsRules.check(polygons, layout.dbuNm(), o, List.of()).report();
        } catch (GdsFormatException e) {
            throw new IllegalStateException("the layout's own polygons did not check: " + e.getMessage(), e);
        }
    }

    /** A hole cell's polygon placed at (x, y), as an SREF there places it. */
    private static int[] moved(int[] xy, long x, long y) {
        int dx = Math.toIntExact(x);
        int dy = Math.toIntExact(y);
        int[] out = new int[xy.length];
        for (int k = 0; k < xy.length; k += 2) {
            out[k] = Math.addExact(xy[k], dx);
            out[k + 1] = Math.addExact(xy[k + 1], dy);
        }
        return out;
    }
}
