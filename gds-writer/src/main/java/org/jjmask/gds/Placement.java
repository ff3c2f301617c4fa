package org.jjmask.gds;

/**
 * The linear part of an SREF/AREF transformation, applied to a child's bounding box the way
 * KLayout does: exact integers when the angle is a multiple of 90 degrees and the magnification
 * is 1 (both within 1e-9, KLayout's tolerance); otherwise the four corners are transformed in
 * double precision and rounded half away from zero.
 */
final class Placement {

    private final boolean mirror;
    private final boolean simple;
    private final int quarterTurns;
    private final double cos;
    private final double sin;
    private final double mag;

    Placement(Strans strans) {
        this.mirror = strans.reflect();
        double a = strans.angleDeg() / 90.0;
        long turns = Math.round(a);
        boolean ortho = Math.abs(a - turns) <= 1e-9;
        boolean unitMag = Math.abs(strans.magnification() - 1.0) <= 1e-9;
        this.simple = ortho && unitMag;
        this.quarterTurns = (int) Math.floorMod(turns, 4L);
        double radians = Math.toRadians(strans.angleDeg());
        this.cos = Math.cos(radians);
        this.sin = Math.sin(radians);
        this.mag = strans.magnification();
    }

    /** Adds {@code child} transformed, then moved by (dx, dy), to {@code out}. */
    void addTransformed(BoundingBox child, long dx, long dy, BoundingBox out) {
        if (child.isEmpty()) {
            return;
        }
        BoundingBox t = transformed(child);
        out.addMoved(t, dx, dy);
    }

    BoundingBox transformed(BoundingBox b) {
        BoundingBox t = new BoundingBox();
        if (b.isEmpty()) {
            return t;
        }
        corner(b.minX, b.minY, t);
        corner(b.maxX, b.minY, t);
        corner(b.maxX, b.maxY, t);
        corner(b.minX, b.maxY, t);
        return t;
    }

    private void corner(long x, long y, BoundingBox out) {
        if (mirror) {
            y = -y;
        }
        if (simple) {
            switch (quarterTurns) {
                case 0 -> out.add(x, y);
                case 1 -> out.add(-y, x);
                case 2 -> out.add(-x, -y);
                default -> out.add(y, -x);
            }
            return;
        }
        double tx = mag * (cos * x - sin * y);
        double ty = mag * (sin * x + cos * y);
        out.add(BoundingBox.round(tx), BoundingBox.round(ty));
    }
}
