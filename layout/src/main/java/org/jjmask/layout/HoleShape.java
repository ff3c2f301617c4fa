package org.jjmask.layout;

/**
 * One hole as written: a regular polygon inscribed in the circle of the nominal diameter, its
 * vertices snapped once to the database grid, centred on the origin of the hole cell.
 */
public record HoleShape(double diameterNm, int vertices, int[] xy) {

    public HoleShape {
        xy = xy.clone();
    }

    /** A regular {@code vertices}-gon of diameter {@code diameterNm}, on a grid of {@code dbuNm}. */
    public static HoleShape regular(double diameterNm, int vertices, double dbuNm) {
        if (vertices < 3) {
            throw new IllegalArgumentException("a hole needs at least 3 vertices, got " + vertices);
        }
        double r = diameterNm / 2 / dbuNm;
        int[] xy = new int[2 * vertices];
        for (int k = 0; k < vertices; k++) {
            // start half a step off the x axis so that the polygon is symmetric about both axes
            double t = 2 * Math.PI * (k + 0.5) / vertices;
            xy[2 * k] = (int) Math.round(r * Math.cos(t));
            xy[2 * k + 1] = (int) Math.round(r * Math.sin(t));
        }
        return new HoleShape(diameterNm, vertices, xy);
    }

    @Override
    public int[] xy() {
        return xy.clone();
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

    /** Largest distance of a written vertex from the centre, dbu: what the margin rule must clear. */
    public double circumradius() {
        double m = 0;
        for (int k = 0; k < xy.length; k += 2) {
            m = Math.max(m, Math.hypot(xy[k], xy[k + 1]));
        }
        return m;
    }

    /** Diameter of the circle with the written polygon's area, dbu (what conducts around). */
    public double equivalentDiameter() {
        return 2 * Math.sqrt(area() / Math.PI);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HoleShape h && h.diameterNm == diameterNm && h.vertices == vertices
                && java.util.Arrays.equals(h.xy, xy);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(xy);
    }

    @Override
    public String toString() {
        return "HoleShape[" + diameterNm + " nm, " + vertices + " vertices]";
    }
}
