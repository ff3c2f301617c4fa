package org.jjmask.gds;

/**
 * An affine placement in database units, {@code x' = a·x + b·y + dx, y' = c·x + d·y + dy}: the
 * product of the SREF/AREF transformations from a top cell down to one element. Reflection about
 * x comes first, then rotation, then magnification, then the move (GDSII's STRANS order).
 */
public record Transform(double a, double b, double c, double d, double dx, double dy) {

    public static final Transform IDENTITY = new Transform(1, 0, 0, 1, 0, 0);

    /** The transformation of one reference: {@code strans} applied to the child, then moved to (x, y). */
    public static Transform of(Strans strans, long x, long y) {
        double mag = strans.magnification();
        double cos;
        double sin;
        double q = strans.angleDeg() / 90.0;
        if (Math.abs(q - Math.rint(q)) <= 1e-9) {
            // exact quarter turns, as KLayout takes them: no 6e-17 residue in the matrix
            int turns = (int) Math.floorMod((long) Math.rint(q), 4L);
            cos = new int[] {1, 0, -1, 0}[turns];
            sin = new int[] {0, 1, 0, -1}[turns];
        } else {
            double r = Math.toRadians(strans.angleDeg());
            cos = Math.cos(r);
            sin = Math.sin(r);
        }
        double m = strans.reflect() ? -1 : 1;
        return new Transform(mag * cos, -mag * sin * m, mag * sin, mag * cos * m, x, y);
    }

    /** This placement applied after {@code inner}: {@code this(inner(p))}. */
    public Transform then(Transform inner) {
        return new Transform(a * inner.a + b * inner.c, a * inner.b + b * inner.d,
                c * inner.a + d * inner.c, c * inner.b + d * inner.d,
                a * inner.dx + b * inner.dy + dx, c * inner.dx + d * inner.dy + dy);
    }

    /** Magnification (path widths and text sizes scale by it). */
    public double magnification() {
        return Math.sqrt(Math.abs(a * d - b * c));
    }

    /** Whether the placement mirrors (determinant below zero). */
    public boolean mirrors() {
        return a * d - b * c < 0;
    }

    /** Points {x0, y0, x1, y1, …} placed, rounded half away from zero as KLayout rounds. */
    public int[] apply(int[] xy) {
        int[] out = new int[xy.length];
        for (int k = 0; k + 1 < xy.length; k += 2) {
            out[k] = (int) BoundingBox.round(a * xy[k] + b * xy[k + 1] + dx);
            out[k + 1] = (int) BoundingBox.round(c * xy[k] + d * xy[k + 1] + dy);
        }
        return out;
    }
}
