package org.jjmask.exposure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jjmask.layout.HoleArray;
import org.jjmask.layout.Layout;

/**
 * What the GDS writer needs to keep the hierarchy with dose (or size) classes: the layout's hole
 * blocks cut into rectangular sub-blocks of one class each. Within each {@link HoleArray} block,
 * every row is cut into runs of consecutive holes of one class, and a run continues the rectangle
 * of the row below when it has the same columns and class. The bulk stays one block per original
 * block interior; classes change only within a few β of an edge, where they form bands parallel
 * to it, so the sub-blocks stay few (bands along a row are long runs, bands across rows stack).
 *
 * <p>Each result is written as one AREF (an SREF when 1 × 1) of the class's hole cell, or of the
 * one hole cell on the class's datatype. For a scattered layout (one SREF per hole anyway) the
 * writer takes {@code classOf(i)} in {@code ScatteredHoles.forEach} order instead.
 */
public final class ClassBlocks {

    /** One rectangle of holes of one class, in the layout's dbu. */
    public record Block(int classRank, HoleArray holes) {}

    private ClassBlocks() {}

    /** The blocks of {@code layout} (not scattered), classes from {@code classOf} in {@link HolePattern} order. */
    public static List<Block> of(Layout layout, short[] classOf) {
        if (layout.isScattered()) {
            throw new IllegalArgumentException("a scattered layout has no blocks: write each hole with classOf(i)");
        }
        if (classOf.length != layout.holeCount()) {
            throw new IllegalArgumentException("one class per hole: " + classOf.length + " for " + layout.holeCount());
        }
        List<Block> out = new ArrayList<>();
        int i = 0;
        for (HoleArray a : layout.arrays()) {
            // open rectangles of the previous row, by (first column, columns, class)
            Map<Long, int[]> open = new HashMap<>();
            List<int[]> rects = new ArrayList<>();
            for (int r = 0; r < a.rows(); r++) {
                Map<Long, int[]> next = new HashMap<>();
                int c = 0;
                while (c < a.columns()) {
                    int cls = classOf[i + c];
                    int c1 = c;
                    while (c1 + 1 < a.columns() && classOf[i + c1 + 1] == cls) {
                        c1++;
                    }
                    int len = c1 - c + 1;
                    long key = ((long) c << 32) ^ ((long) len << 12) ^ cls;
                    int[] rect = open.get(key);
                    if (rect != null && rect[0] == c && rect[1] == len && rect[2] == cls) {
                        rect[4]++;
                    } else {
                        rect = new int[] {c, len, cls, r, 1};
                        rects.add(rect);
                    }
                    next.put(key, rect);
                    c = c1 + 1;
                }
                open = next;
                i += a.columns();
            }
            for (int[] rect : rects) {
                out.add(new Block(rect[2], new HoleArray(a.x() + rect[0] * a.stepX(), a.y() + (long) rect[3] * a.stepY(),
                        rect[1], rect[4], a.stepX(), a.stepY())));
            }
        }
        return out;
    }
}
