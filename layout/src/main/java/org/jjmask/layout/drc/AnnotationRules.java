package org.jjmask.layout.drc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jjmask.layout.Annotations;
import org.jjmask.layout.Layout;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Design rules for what goes around the array: labels and alignment marks against the hole-array
 * area ({@link Layout#fillAreaNm}, where holes may go), the film outline, the contact pads and each
 * other. Measured on the polygons as drawn (nm), before snapping to the database grid.
 *
 * <p>What is allowed, and why:
 * <ul>
 * <li>{@code annotation_overlap}: every alignment mark keeps a clear field of
 * {@code markClearanceNm} from everything else on the mask — the hole-array area, the film outline,
 * every pad, every other mark and every label. The tool finds a mark by scanning the beam across
 * it: an edge of anything else inside the scan window gives a false signal, and the scan itself
 * exposes the resist it crosses, so a mark next to (let alone on) the array would dose the lattice.
 * A mark on a pad loses its contrast against the metal and, written in the same lift-off, merges
 * with it. One violation per mark against the device (the hole-array area before a pad, a pad
 * before the outline: the most damaging neighbour is named), one per pair of marks and one per
 * mark and label, each located at the mark's centre.</li>
 * <li>{@code label_on_array}: a label must not overlap the hole-array area. Label polygons written
 * over the lattice expose (or cover) it and destroy the holes there. The area's edges are already
 * the edge margin from every hole, so touching them is allowed. Located at a point of the overlap.</li>
 * <li>{@code label_overlap}: two labels must not overlap; the text becomes unreadable.</li>
 * <li>A label on a pad or on plain film away from the array is allowed: on its own layer it is a
 * separate step, and a chip or device name on a pad is the usual place for one.</li>
 * </ul>
 * The measured value of each rule is the signed separation: the distance between the two shapes
 * when apart, and when they overlap, minus the width of the overlap (the diameter of the largest
 * circle that fits inside it). Every pair is measured, so a clean check says how close it came.
 */
public final class AnnotationRules {

    /** Limits, nm: the clear field every alignment mark needs around it. */
    public record Limits(double markClearanceNm) {}

    /**
     * Positions come from µm through floating arithmetic: a mark placed exactly at the clearance,
     * or a label standing exactly on the array's edge, must pass; so a limit is missed only by
     * more than this (nm), far below the 1 nm grid.
     */
    static final double TOLERANCE_NM = 1e-3;

    private static final GeometryFactory GF = new GeometryFactory();

    private AnnotationRules() {}

    public static DrcReport check(Layout layout, Annotations annotations, Limits limits) {
        DrcReport report = new DrcReport();
        check(layout, annotations, limits, report);
        return report;
    }

    /** Adds the rules that apply (marks: {@code annotation_overlap}; labels: the other two) to {@code report}. */
    public static void check(Layout layout, Annotations annotations, Limits limits, DrcReport report) {
        List<Named> labels = new ArrayList<>();
        for (Annotations.Label l : annotations.labels()) {
            List<Polygon> glyphs = l.polygonsNm();
            if (!glyphs.isEmpty()) {  // a label of spaces writes nothing
                labels.add(new Named("label '" + l.text() + "' at " + at(l.xNm(), l.yNm()), UnaryUnionOp.union(glyphs)));
            }
        }
        if (!annotations.marks().isEmpty()) {
            report.declare(DesignRule.ANNOTATION_OVERLAP, limits.markClearanceNm());
            marks(layout, annotations.marks(), labels, limits.markClearanceNm(), report);
        }
        if (!labels.isEmpty()) {
            report.declare(DesignRule.LABEL_ON_ARRAY, 0);
            labelsOnArray(layout, labels, report);
        }
        if (labels.size() > 1) {
            report.declare(DesignRule.LABEL_OVERLAP, 0);
            labelPairs(labels, report);
        }
    }

    /** A shape with how a message names it. */
    private record Named(String name, Geometry shape) {}

    /** Signed separation, nm (see the class comment), the overlap's area (nm², 0 when apart) and a point inside it. */
    record Separation(double nm, double overlapNm2, Point inside) {

        boolean overlaps() {
            return overlapNm2 > 0;
        }
    }

    static Separation separation(Geometry a, Geometry b) {
        double d = a.distance(b);
        if (d > 0) {
            return new Separation(d, 0, null);
        }
        Geometry overlap = GF.buildGeometry(PolygonExtracter.getPolygons(a.intersection(b)));
        double area = overlap.getArea();
        if (area == 0) {
            return new Separation(0, 0, null);
        }
        // a message's number, not a limit compared against: to 0.01 % of the overlap's size
        double tolerance = Math.max(0.01, 1e-4 * Math.sqrt(area));
        double width = 2 * MaximumInscribedCircle.getRadiusLine(overlap, tolerance).getLength();
        return new Separation(-width, area, overlap.getInteriorPoint());
    }

    private static void marks(Layout layout, List<Annotations.Mark> marks, List<Named> labels, double clearance,
            DrcReport report) {
        // the device's parts, the most damaging first: one violation names the first part a mark is too close to
        List<Named> device = new ArrayList<>();
        if (!layout.fillAreaNm().isEmpty()) {  // JTS puts an empty geometry at distance 0 from everything
            device.add(new Named("the hole-array area", layout.fillAreaNm()));
        }
        List<Polygon> pads = layout.padsNm();
        for (int k = 0; k < pads.size(); k++) {
            device.add(new Named("contact pad " + (k + 1) + " of " + pads.size(), pads.get(k)));
        }
        device.add(new Named("the device outline (film)", layout.outlineNm()));
        List<Polygon> shapes = marks.stream().map(Annotations.Mark::polygonNm).toList();
        for (int i = 0; i < marks.size(); i++) {
            Annotations.Mark m = marks.get(i);
            Named mark = new Named("mark " + m.name() + " at " + at(m.xNm(), m.yNm()), shapes.get(i));
            boolean reported = false;
            for (Named part : device) {
                reported |= mark(report, m, mark, part, clearance, reported);
            }
            for (int j = i + 1; j < marks.size(); j++) {
                Annotations.Mark o = marks.get(j);
                mark(report, m, mark, new Named("mark " + o.name() + " at " + at(o.xNm(), o.yNm()), shapes.get(j)),
                        clearance, false);
            }
            for (Named label : labels) {
                mark(report, m, mark, label, clearance, false);
            }
        }
    }

    /** Measures one mark against one neighbour; reports it unless {@code quiet}; returns whether it violates. */
    private static boolean mark(DrcReport report, Annotations.Mark m, Named mark, Named other, double clearance,
            boolean quiet) {
        Separation s = separation(mark.shape(), other.shape());
        report.measure(DesignRule.ANNOTATION_OVERLAP, s.nm(), m.xNm(), m.yNm());
        if (s.nm() >= clearance - TOLERANCE_NM) {
            return false;
        }
        if (!quiet) {
            String how = s.overlaps() ? "overlaps " + other.name() + " " + overlap(s)
                    : (s.nm() == 0 ? "touches " : "is " + um(s.nm()) + " µm from ") + other.name();
            report.add(new Violation(DesignRule.ANNOTATION_OVERLAP, mark.name() + " " + how + "; a mark needs "
                    + um(clearance) + " µm clear around it for the alignment scan", m.xNm(), m.yNm(), s.nm(), clearance));
        }
        return true;
    }

    private static void labelsOnArray(Layout layout, List<Named> labels, DrcReport report) {
        Geometry area = layout.fillAreaNm();
        if (area.isEmpty()) {
            return;
        }
        for (Named label : labels) {
            Separation s = separation(label.shape(), area);
            Point where = s.overlaps() ? s.inside() : label.shape().getInteriorPoint();
            report.measure(DesignRule.LABEL_ON_ARRAY, s.nm(), where.getX(), where.getY());
            if (s.nm() < -TOLERANCE_NM) {
                report.add(new Violation(DesignRule.LABEL_ON_ARRAY, label.name() + " overlaps the hole-array area "
                        + overlap(s) + ", at " + at(where.getX(), where.getY()) + "; it would destroy the lattice there",
                        where.getX(), where.getY(), s.nm(), 0));
            }
        }
    }

    private static void labelPairs(List<Named> labels, DrcReport report) {
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Separation s = separation(labels.get(i).shape(), labels.get(j).shape());
                Point where = s.overlaps() ? s.inside() : labels.get(i).shape().getInteriorPoint();
                report.measure(DesignRule.LABEL_OVERLAP, s.nm(), where.getX(), where.getY());
                if (s.nm() < -TOLERANCE_NM) {
                    report.add(new Violation(DesignRule.LABEL_OVERLAP, labels.get(i).name() + " overlaps "
                            + labels.get(j).name() + " " + overlap(s), where.getX(), where.getY(), s.nm(), 0));
                }
            }
        }
    }

    private static String overlap(Separation s) {
        return "(" + um2(s.overlapNm2()) + " µm² of overlap, up to " + um(-s.nm()) + " µm wide)";
    }

    private static String at(double xNm, double yNm) {
        return "(" + um(xNm) + ", " + um(yNm) + ") µm";
    }

    /** nm as µm to the nm, trailing zeros dropped. */
    static String um(double nm) {
        String s = BigDecimal.valueOf(nm / 1000).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** nm² as µm² to three significant digits, trailing zeros dropped. */
    private static String um2(double nm2) {
        return new BigDecimal(nm2 / 1e6).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
