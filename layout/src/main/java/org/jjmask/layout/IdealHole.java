package org.jjmask.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A hole as designed, before it is written: a closed family of shapes, each centred on the origin
 * and mirror-symmetric about both axes (a circle or ellipse given an odd vertex count only about x). {@link #written(double)} snaps the shape's polygon once to
 * the database grid; that {@link HoleShape} is what the mask carries and what every geometry fact
 * (area, neck, margin) is measured on.
 *
 * <p>{@code hole_diameter_nm} ({@link #diameterNm()}) is the hole's width along x for every shape:
 * the circle's diameter, the ellipse's x axis, the square's side, the hexagon's flat-to-flat width
 * (flats facing ±x, corners on the y axis). So along a bond on the x axis every shape leaves the
 * same ideal neck, pitch − D; along other bonds the shape's {@link #chordNm(double) chord} counts.
 *
 * <p>Circles and ellipses are written as polygons inscribed in the curve (vertices half a step off
 * the x axis). When {@code areaPreserving}, the polygon is first scaled by √(2π / (n sin(2π/n))),
 * which gives it the curve's area, and then each coordinate is rounded down or up (never further
 * than one grid step from the scaled polygon, mirror images alike) so that the written area comes
 * as close to the curve's as the grid allows: within 0.25 % for 16 or more vertices and 40 nm or
 * more on a 1 nm grid, where rounding the scaled polygon to the nearest grid points misses by up
 * to 3.5 %.
 */
public sealed interface IdealHole permits IdealHole.Circle, IdealHole.Ellipse, IdealHole.Square, IdealHole.Hexagon {

    /** The spec names of the shapes, in the order the spec documents them. */
    List<String> SHAPES = List.of("circle", "hexagon", "square", "ellipse");

    /** Default largest sagitta (nm) between a curved hole and its polygon when no vertex count is given. */
    double DEFAULT_SAGITTA_NM = 0.5;

    /** Vertex counts chosen from a sagitta tolerance stay within these bounds. */
    int MIN_SAGITTA_VERTICES = 16;
    int MAX_SAGITTA_VERTICES = 64;

    /** The spec name: circle, hexagon, square or ellipse. */
    String shapeName();

    /** {@code hole_diameter_nm}: the width along x, nm. */
    double diameterNm();

    /** Vertices of the polygon before snapping (consecutive duplicates may merge when written). */
    int vertices();

    /** Area of the ideal shape (the curve for circle and ellipse), nm². */
    double areaNm2();

    /**
     * Length of the chord through the centre along direction {@code angleRad}, nm: two holes whose
     * centres are {@code b} apart along that direction touch when {@code |b|} equals it (the shapes
     * are convex and centrally symmetric).
     */
    double chordNm(double angleRad);

    /** The polygon to write, nm, counter-clockwise, before snapping: x0, y0, x1, y1, ... */
    double[] polygonNm();

    /** The same shape with {@code hole_diameter_nm} changed (vertex count and aspect kept): one size class of a spread. */
    IdealHole withDiameterNm(double diameterNm);

    /** Diameter of the circle with the ideal shape's area, nm: what the physics takes as D. */
    default double equivalentDiameterNm() {
        return 2 * Math.sqrt(areaNm2() / Math.PI);
    }

    /**
     * The hole as written on a grid of {@code dbuNm}: every coordinate rounded once, half away
     * from zero, so that the polygon keeps the shape's mirror symmetry; repeated points merged.
     *
     * @throws IllegalArgumentException when the snapped polygon has no area (a hole too small for the grid)
     */
    default HoleShape written(double dbuNm) {
        if (!(dbuNm > 0) || !Double.isFinite(dbuNm)) {
            throw new IllegalArgumentException("database unit must be positive, got " + dbuNm);
        }
        return written(snappedXy(dbuNm), dbuNm);
    }

    /**
     * The hole turned by {@code rotationDeg} counter-clockwise with its lattice, then written: the
     * ideal polygon is rotated before its coordinates are rounded once. A circle is not turned (its
     * polygon would only change phase and lose the mirror symmetry snapping keeps).
     */
    default HoleShape written(double dbuNm, double rotationDeg) {
        if (rotationDeg == 0 || this instanceof Circle) {
            return written(dbuNm);
        }
        if (!(dbuNm > 0) || !Double.isFinite(dbuNm)) {
            throw new IllegalArgumentException("database unit must be positive, got " + dbuNm);
        }
        double c = Math.cos(Math.toRadians(rotationDeg));
        double s = Math.sin(Math.toRadians(rotationDeg));
        double[] p = polygonNm();
        int[] xy = new int[p.length];
        for (int k = 0; k < p.length; k += 2) {
            xy[k] = CurvedSnap.snap((c * p[k] - s * p[k + 1]) / dbuNm);
            xy[k + 1] = CurvedSnap.snap((s * p[k] + c * p[k + 1]) / dbuNm);
        }
        return written(xy, dbuNm);
    }

    private HoleShape written(int[] snapped, double dbuNm) {
        int n = snapped.length / 2;
        List<int[]> pts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int[] q = {snapped[2 * k], snapped[2 * k + 1]};
            if (pts.isEmpty() || !same(pts.get(pts.size() - 1), q)) {
                pts.add(q);
            }
        }
        while (pts.size() > 1 && same(pts.get(0), pts.get(pts.size() - 1))) {
            pts.remove(pts.size() - 1);
        }
        int[] xy = new int[2 * pts.size()];
        for (int k = 0; k < pts.size(); k++) {
            xy[2 * k] = pts.get(k)[0];
            xy[2 * k + 1] = pts.get(k)[1];
        }
        HoleShape h = new HoleShape(this, xy);
        if (pts.size() < 3 || h.area() == 0) {
            throw new IllegalArgumentException("a " + shapeName() + " hole of " + diameterNm() + " nm has no area on a "
                    + dbuNm + " nm grid");
        }
        return h;
    }

    /**
     * The polygon on the grid, dbu, before repeated points are merged: each coordinate of
     * {@link #polygonNm()} rounded half away from zero. Area-preserving curves override this.
     */
    default int[] snappedXy(double dbuNm) {
        double[] p = polygonNm();
        int[] xy = new int[p.length];
        for (int k = 0; k < p.length; k++) {
            xy[k] = CurvedSnap.snap(p[k] / dbuNm);
        }
        return xy;
    }

    /**
     * The fewest vertices whose inscribed polygon stays within {@code toleranceNm} of a circle of
     * radius {@code radiusNm}, i.e. the smallest n with r(1 − cos(π/n)) ≤ tolerance, rounded up to
     * a multiple of 4 (so that the polygon is symmetric about both axes and its x and y extents
     * agree) and clamped to [16, 64].
     */
    static int verticesForSagitta(double radiusNm, double toleranceNm) {
        if (!(toleranceNm > 0)) {
            throw new IllegalArgumentException("sagitta tolerance must be positive, got " + toleranceNm);
        }
        int n = MIN_SAGITTA_VERTICES;
        while (n < MAX_SAGITTA_VERTICES && sagittaNm(radiusNm, n) > toleranceNm) {
            n += 4;
        }
        return n;
    }

    /** Largest gap r(1 − cos(π/n)) between a circle of radius r and its inscribed regular n-gon. */
    static double sagittaNm(double radiusNm, int vertices) {
        return radiusNm * (1 - Math.cos(Math.PI / vertices));
    }

    /** Scale that gives an inscribed regular n-gon the area of its circle: √(2π / (n sin(2π/n))). */
    static double areaScale(int vertices) {
        return Math.sqrt(2 * Math.PI / (vertices * Math.sin(2 * Math.PI / vertices)));
    }

    /** A circle of {@code diameterNm} written as a {@code vertices}-gon. */
    record Circle(double diameterNm, int vertices, boolean areaPreserving) implements IdealHole {
        public Circle {
            check(diameterNm, vertices);
        }

        @Override
        public Circle withDiameterNm(double d) {
            return new Circle(d, vertices, areaPreserving);
        }

        @Override
        public String shapeName() {
            return "circle";
        }

        @Override
        public double areaNm2() {
            return Math.PI * diameterNm * diameterNm / 4;
        }

        @Override
        public double chordNm(double angleRad) {
            return diameterNm;
        }

        @Override
        public double[] polygonNm() {
            double s = areaPreserving ? areaScale(vertices) : 1;
            return CurvedSnap.polygon(vertices, s * diameterNm / 2, s * diameterNm / 2);
        }

        @Override
        public int[] snappedXy(double dbuNm) {
            return areaPreserving ? CurvedSnap.areaMatched(vertices, areaScale(vertices) * diameterNm / 2 / dbuNm,
                    areaScale(vertices) * diameterNm / 2 / dbuNm, areaNm2() / (dbuNm * dbuNm))
                    : IdealHole.super.snappedXy(dbuNm);
        }
    }

    /** An ellipse with axis {@code diameterNm} along x and {@code aspect × diameterNm} along y. */
    record Ellipse(double diameterNm, double aspect, int vertices, boolean areaPreserving) implements IdealHole {
        public Ellipse {
            check(diameterNm, vertices);
            if (!(aspect > 0) || !Double.isFinite(aspect)) {
                throw new IllegalArgumentException("ellipse aspect must be positive, got " + aspect);
            }
        }

        @Override
        public Ellipse withDiameterNm(double d) {
            return new Ellipse(d, aspect, vertices, areaPreserving);
        }

        @Override
        public String shapeName() {
            return "ellipse";
        }

        /** The axis along y, nm. */
        public double diameterYNm() {
            return aspect * diameterNm;
        }

        @Override
        public double areaNm2() {
            return Math.PI * diameterNm * diameterYNm() / 4;
        }

        @Override
        public double chordNm(double angleRad) {
            double a = diameterNm / 2;
            double b = diameterYNm() / 2;
            double c = Math.cos(angleRad) / a;
            double s = Math.sin(angleRad) / b;
            return 2 / Math.sqrt(c * c + s * s);
        }

        @Override
        public double[] polygonNm() {
            double s = areaPreserving ? areaScale(vertices) : 1;
            return CurvedSnap.polygon(vertices, s * diameterNm / 2, s * diameterYNm() / 2);
        }

        @Override
        public int[] snappedXy(double dbuNm) {
            return areaPreserving ? CurvedSnap.areaMatched(vertices, areaScale(vertices) * diameterNm / 2 / dbuNm,
                    areaScale(vertices) * diameterYNm() / 2 / dbuNm, areaNm2() / (dbuNm * dbuNm))
                    : IdealHole.super.snappedXy(dbuNm);
        }
    }

    /** An axis-aligned square of side {@code diameterNm}. */
    record Square(double diameterNm) implements IdealHole {
        public Square {
            check(diameterNm, 4);
        }

        @Override
        public Square withDiameterNm(double d) {
            return new Square(d);
        }

        @Override
        public String shapeName() {
            return "square";
        }

        @Override
        public int vertices() {
            return 4;
        }

        @Override
        public double areaNm2() {
            return diameterNm * diameterNm;
        }

        @Override
        public double chordNm(double angleRad) {
            return diameterNm / Math.max(Math.abs(Math.cos(angleRad)), Math.abs(Math.sin(angleRad)));
        }

        @Override
        public double[] polygonNm() {
            double h = diameterNm / 2;
            return new double[] {h, h, -h, h, -h, -h, h, -h};
        }
    }

    /**
     * A regular hexagon {@code diameterNm} wide flat to flat along x (flats facing ±x and ±60°,
     * corners on the y axis): 2D/√3 corner to corner along y, area (√3/2)D².
     */
    record Hexagon(double diameterNm) implements IdealHole {
        public Hexagon {
            check(diameterNm, 6);
        }

        @Override
        public Hexagon withDiameterNm(double d) {
            return new Hexagon(d);
        }

        @Override
        public String shapeName() {
            return "hexagon";
        }

        @Override
        public int vertices() {
            return 6;
        }

        @Override
        public double areaNm2() {
            return Math.sqrt(3) / 2 * diameterNm * diameterNm;
        }

        @Override
        public double chordNm(double angleRad) {
            double m = 0;
            for (int k = 0; k < 3; k++) {
                m = Math.max(m, Math.abs(Math.cos(angleRad - k * Math.PI / 3)));
            }
            return diameterNm / m;
        }

        @Override
        public double[] polygonNm() {
            double h = diameterNm / 2;
            double y = diameterNm / (2 * Math.sqrt(3));
            double top = diameterNm / Math.sqrt(3);
            return new double[] {h, y, 0, top, -h, y, -h, -y, 0, -top, h, -y};
        }
    }

    private static void check(double diameterNm, int vertices) {
        if (!(diameterNm >= 0) || !Double.isFinite(diameterNm)) {
            throw new IllegalArgumentException("hole size must be finite and not negative, got " + diameterNm);
        }
        if (vertices < 3) {
            throw new IllegalArgumentException("a hole needs at least 3 vertices, got " + vertices);
        }
    }

    private static boolean same(int[] a, int[] b) {
        return a[0] == b[0] && a[1] == b[1];
    }
}
