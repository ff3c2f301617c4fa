package org.jjmask.layout;

import java.util.Arrays;

/**
 * One hole as written: the polygon of an {@link IdealHole} with its vertices snapped once to the
 * database grid ({@code xy} in dbu, x0, y0, x1, y1, ...), centred on the origin of the hole cell.
 * Built by {@link IdealHole#written(double)}; every fact here is of the written polygon.
 */
public record HoleShape(IdealHole ideal, int[] xy) {

    public HoleShape {
        java.util.Objects.requireNonNull(ideal, "ideal");
        xy = xy.clone();
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("hole vertices come in x, y pairs; got " + xy.length + " numbers");
        }
    }

    /** A written polygon said to approximate a circle of {@code diameterNm} (no checks on {@code xy}). */
    public HoleShape(double diameterNm, int vertices, int[] xy) {
        this(new IdealHole.Circle(diameterNm, Math.max(3, vertices), false), xy);
    }

    /** A regular {@code vertices}-gon inscribed in a circle of {@code diameterNm}, on a grid of {@code dbuNm}. */
    public static HoleShape regular(double diameterNm, int vertices, double dbuNm) {
        return new IdealHole.Circle(diameterNm, vertices, false).written(dbuNm);
    }

    @Override
    public int[] xy() {
        return xy.clone();
    }

    /** {@code hole_diameter_nm}: the nominal width along x of the ideal shape, nm. */
    public double diameterNm() {
        return ideal.diameterNm();
    }

    /** Vertices of the written polygon (after snapping merged any repeated points). */
    public int vertices() {
        return xy.length / 2;
    }

    /** Area of the written polygon (shoelace), dbu². */
    public double area() {
        double s = 0;
        int n = xy.length / 2;
        for (int k = 0; k < n; k++) {
            int j = (k + 1) % n;
            s += (double) xy[2 * k] * xy[2 * j + 1] - (double) xy[2 * j] * xy[2 * k + 1];
        }
        return Math.abs(s) / 2;
    }

    /**
     * Relative area error of the written polygon against the ideal shape (the curve for circles and
     * ellipses): {@code written / ideal − 1}; 0 for an ideal shape without area.
     */
    public double areaError(double dbuNm) {
        double ideal = this.ideal.areaNm2();
        return ideal == 0 ? 0 : area() * dbuNm * dbuNm / ideal - 1;
    }

    /** Largest distance of a written vertex from the centre, dbu: what the margin rule must clear. */
    public double circumradius() {
        double m = 0;
        for (int k = 0; k < xy.length; k += 2) {
            m = Math.max(m, Math.hypot(xy[k], xy[k + 1]));
        }
        return m;
    }

    /**
     * The narrowest width of the written polygon, dbu: the smallest distance between two parallel
     * lines enclosing it (attained with one line on an edge, the polygon being convex). The
     * side of a square, the flat-to-flat width of a hexagon, the short axis of an ellipse.
     */
    public double minWidth() {
        int n = xy.length / 2;
        double best = n < 3 ? 0 : Double.MAX_VALUE;
        for (int k = 0; k < n && n >= 3; k++) {
            int j = (k + 1) % n;
            double ex = xy[2 * j] - xy[2 * k];
            double ey = xy[2 * j + 1] - xy[2 * k + 1];
            double len = Math.hypot(ex, ey);
            if (len == 0) {
                continue;
            }
            double far = 0;
            for (int m = 0; m < n; m++) {
                double d = Math.abs((xy[2 * m] - xy[2 * k]) * ey - (xy[2 * m + 1] - xy[2 * k + 1]) * ex) / len;
                far = Math.max(far, d);
            }
            best = Math.min(best, far);
        }
        return best;
    }

    /** Diameter of the circle with the written polygon's area, dbu (what conducts around). */
    public double equivalentDiameter() {
        return 2 * Math.sqrt(area() / Math.PI);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HoleShape h && h.ideal.equals(ideal) && Arrays.equals(h.xy, xy);
    }

    @Override
    public int hashCode() {
        return 31 * ideal.hashCode() + Arrays.hashCode(xy);
    }

    @Override
    public String toString() {
        return "HoleShape[" + ideal + ", " + vertices() + " vertices written]";
    }
}
