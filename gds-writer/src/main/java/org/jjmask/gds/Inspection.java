package org.jjmask.gds;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What {@code jjmask inspect} reports for a library; the numbers KLayout gives for the same file.
 *
 * @param cells cells defined in the library (reachable or not)
 * @param topCells cells no other cell references, sorted by name
 * @param layers flattened counts per layer/datatype reachable from the top cells, sorted
 * @param bboxUm xmin, ymin, xmax, ymax of everything reachable (text anchors included, as KLayout
 *     does) in µm; an empty array when nothing is reachable
 * @param dbuUm the database unit in µm
 * @param arefs AREF elements stored in the library (not expanded)
 * @param srefs SREF elements stored in the library (not expanded)
 * @param flattenedPolygons sum of {@code polygons} over all layers
 */
public record Inspection(int cells, List<String> topCells, List<LayerCount> layers, double[] bboxUm,
                         double dbuUm, long arefs, long srefs, long flattenedPolygons) {

    public Inspection {
        topCells = List.copyOf(topCells);
        layers = List.copyOf(layers);
        Objects.requireNonNull(bboxUm, "bboxUm");
        if (bboxUm.length != 0 && bboxUm.length != 4) {
            throw new IllegalArgumentException("bboxUm must have 0 or 4 values");
        }
        bboxUm = bboxUm.clone();
    }

    @Override
    public double[] bboxUm() {
        return bboxUm.clone();
    }

    public boolean hasBbox() {
        return bboxUm.length == 4;
    }

    /** Counts for one layer/datatype; zeros when nothing is on it. */
    public LayerCount layerCount(int layer, int datatype) {
        for (LayerCount c : layers) {
            if (c.layer() == layer && c.datatype() == datatype) {
                return c;
            }
        }
        return new LayerCount(layer, datatype, 0, 0);
    }

    /** Sum of {@code texts} over all layers. */
    public long flattenedTexts() {
        long sum = 0;
        for (LayerCount c : layers) {
            sum += c.texts();
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Inspection i && cells == i.cells && topCells.equals(i.topCells) && layers.equals(i.layers)
            && Arrays.equals(bboxUm, i.bboxUm) && Double.compare(dbuUm, i.dbuUm) == 0 && arefs == i.arefs
            && srefs == i.srefs && flattenedPolygons == i.flattenedPolygons;
    }

    @Override
    public int hashCode() {
        return Objects.hash(cells, topCells, layers, Arrays.hashCode(bboxUm), dbuUm, arefs, srefs, flattenedPolygons);
    }

    @Override
    public String toString() {
        return "Inspection[cells=" + cells + ", topCells=" + topCells + ", layers=" + layers + ", bboxUm="
            + Arrays.toString(bboxUm) + ", dbuUm=" + dbuUm + ", arefs=" + arefs + ", srefs=" + srefs
            + ", flattenedPolygons=" + flattenedPolygons + "]";
    }
}
