package org.jjmask.layout;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Polygon;

/**
 * What goes around the array: text labels drawn as polygons ({@link StrokeFont}) and alignment
 * marks. Coordinates in nm, device coordinates. Written on the labels and marks layers, each in
 * its own cell ({@link LayoutGds}).
 */
public record Annotations(List<Label> labels, List<Mark> marks) {

    public static final Annotations NONE = new Annotations(List.of(), List.of());

    public Annotations {
        labels = List.copyOf(labels);
        marks = List.copyOf(marks);
    }

    public boolean isEmpty() {
        return labels.isEmpty() && marks.isEmpty();
    }

    /** A label: {@code text} with its lower-left corner at ({@code xNm}, {@code yNm}), {@code heightNm} tall. */
    public record Label(String text, double xNm, double yNm, double heightNm) {
        public List<Polygon> polygonsNm() {
            return StrokeFont.render(text, xNm, yNm, heightNm);
        }
    }

    /**
     * An alignment mark centred at ({@code xNm}, {@code yNm}): a {@code cross} of two bars
     * {@code sizeNm} long and {@code widthNm} wide, or a filled {@code square} of side {@code sizeNm}.
     */
    public record Mark(String name, String type, double xNm, double yNm, double sizeNm, double widthNm) {

        /** Its row of NAME.marks.csv: name, x µm, y µm, type, size µm — as the report's table prints it too. */
        public List<String> csvRow() {
            return List.of(name, num(xNm / 1000), num(yNm / 1000), type, num(sizeNm / 1000));
        }

        public Polygon polygonNm() {
            double h = sizeNm / 2;
            if (type.equals("square")) {
                return Shapes.rect(xNm - h, yNm - h, xNm + h, yNm + h);
            }
            double w = widthNm / 2;
            return Shapes.union(List.of(Shapes.rect(xNm - h, yNm - w, xNm + h, yNm + w),
                    Shapes.rect(xNm - w, yNm - h, xNm + w, yNm + h)));
        }
    }

    /** Every label polygon, nm. */
    public List<Polygon> labelPolygonsNm() {
        List<Polygon> out = new ArrayList<>();
        for (Label l : labels) {
            out.addAll(l.polygonsNm());
        }
        return out;
    }

    /** Every mark polygon, nm. */
    public List<Polygon> markPolygonsNm() {
        return marks.stream().map(Mark::polygonNm).toList();
    }

    /** The label boundaries as written to GDS: hole-free pieces on the {@code dbuNm} grid. */
    public List<int[]> labelBoundaries(double dbuNm) {
        return boundaries(labelPolygonsNm(), dbuNm);
    }

    /** The mark boundaries as written to GDS. */
    public List<int[]> markBoundaries(double dbuNm) {
        return boundaries(markPolygonsNm(), dbuNm);
    }

    private static List<int[]> boundaries(List<Polygon> polygonsNm, double dbuNm) {
        List<int[]> out = new ArrayList<>();
        for (Polygon p : polygonsNm) {
            out.addAll(Fracture.holeFree(LatticeFill.scale(p, 1 / dbuNm)));
        }
        return out;
    }

    /** Marks as CSV: {@code name,x_um,y_um,type,size_um}, one line each. */
    public String marksCsv() {
        StringBuilder sb = new StringBuilder("name,x_um,y_um,type,size_um\n");
        for (Mark m : marks) {
            sb.append(String.join(",", m.csvRow())).append('\n');
        }
        return sb.toString();
    }

    static String num(double v) {
        String s = java.math.BigDecimal.valueOf(Math.round(v * 1000) / 1000.0).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
