package org.jjmask.physics.laplace;

/**
 * A circular hole.
 *
 * @param cx centre x
 * @param cy centre y
 * @param radius radius, &gt; 0
 */
public record Disk(double cx, double cy, double radius) implements Hole {

    /** Validates: finite centre, positive finite radius. */
    public Disk {
        if (!Double.isFinite(cx) || !Double.isFinite(cy)) {
            throw new IllegalArgumentException("disk centre must be finite, was (" + cx + ", " + cy + ")");
        }
        if (!(radius > 0) || !Double.isFinite(radius)) {
            throw new IllegalArgumentException("disk radius must be finite and > 0, was " + radius);
        }
    }

    @Override
    public double minX() {
        return cx - radius;
    }

    @Override
    public double maxX() {
        return cx + radius;
    }

    @Override
    public double minY() {
        return cy - radius;
    }

    @Override
    public double maxY() {
        return cy + radius;
    }

    @Override
    public double area() {
        return Math.PI * radius * radius;
    }

    @Override
    public double[] inside(boolean vertical, double at) {
        double u = at - (vertical ? cx : cy);
        double s2 = radius * radius - u * u;
        if (s2 <= 0) {
            return new double[0];
        }
        double s = Math.sqrt(s2);
        double c = vertical ? cy : cx;
        return new double[] {c - s, c + s};
    }

    @Override
    public Disk shifted(double dx, double dy) {
        return new Disk(cx + dx, cy + dy, radius);
    }

    /**
     * Inclusion–exclusion over the rectangle's corners of the disk's lower-left quadrant area
     * {@link #below(double, double)}; exact up to rounding.
     */
    @Override
    public double areaIn(double x0, double y0, double x1, double y1) {
        double ax = x0 - cx;
        double bx = x1 - cx;
        double ay = y0 - cy;
        double by = y1 - cy;
        double r2 = radius * radius;
        if (bx <= -radius || ax >= radius || by <= -radius || ay >= radius) {
            return 0.0;
        }
        // the rectangle inside the disk: its farthest corner is inside
        double fx = Math.max(ax * ax, bx * bx);
        double fy = Math.max(ay * ay, by * by);
        if (fx + fy <= r2) {
            return (x1 - x0) * (y1 - y0);
        }
        double area = below(bx, by) - below(ax, by) - below(bx, ay) + below(ax, ay);
        return Math.max(0.0, Math.min(area, (x1 - x0) * (y1 - y0)));
    }

    /**
     * Area of the disk (centred at the origin) where X ≤ x and Y ≤ y: ∫ clamp(y + s, 0, 2s) dX with
     * s = √(r² − X²), integrated piecewise with ∫ s dX = (X s + r² asin(X/r))/2.
     */
    double below(double x, double y) {
        double r = radius;
        double xe = Math.max(-r, Math.min(r, x));
        if (xe <= -r || y <= -r) {
            return 0.0;
        }
        if (y >= r) {
            return 2.0 * chordIntegral(-r, xe);
        }
        double c = Math.sqrt(r * r - y * y);
        // |X| < c: the chord crosses Y = y, length y + s; |X| ≥ c: whole chord (y > 0) or none (y < 0)
        double area = 0.0;
        double lo = -r;
        double mid1 = -c;
        double mid2 = c;
        if (y > 0) {
            area += 2.0 * chordIntegral(lo, Math.min(xe, mid1));
        }
        if (xe > mid1) {
            double hi = Math.min(xe, mid2);
            area += y * (hi - mid1) + chordIntegral(mid1, hi);
        }
        if (xe > mid2 && y > 0) {
            area += 2.0 * chordIntegral(mid2, xe);
        }
        return area;
    }

    /** ∫_a^b √(r² − X²) dX for −r ≤ a ≤ b ≤ r. */
    private double chordIntegral(double a, double b) {
        if (b <= a) {
            return 0.0;
        }
        return primitive(b) - primitive(a);
    }

    private double primitive(double x) {
        double r = radius;
        double t = Math.max(-1.0, Math.min(1.0, x / r));
        return 0.5 * (x * Math.sqrt(Math.max(0.0, r * r - x * x)) + r * r * Math.asin(t));
    }
}
