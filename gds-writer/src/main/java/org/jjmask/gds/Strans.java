package org.jjmask.gds;

/**
 * STRANS with its optional MAG and ANGLE: reflection about x first, then rotation by
 * {@code angleDeg} counter-clockwise, then magnification. The absolute flags are kept as read;
 * like KLayout, geometry here treats them as relative.
 */
public record Strans(boolean reflect, boolean absMag, boolean absAngle, double magnification, double angleDeg) {

    public static final Strans IDENTITY = new Strans(false, false, false, 1.0, 0.0);

    static final int REFLECT_BIT = 0x8000;
    static final int ABS_MAG_BIT = 0x0004;
    static final int ABS_ANGLE_BIT = 0x0002;

    public Strans {
        if (!Double.isFinite(magnification) || !Double.isFinite(angleDeg)) {
            throw new IllegalArgumentException("magnification and angle must be finite: " + magnification + ", " + angleDeg);
        }
    }

    public static Strans rotation(double angleDeg) {
        return new Strans(false, false, false, 1.0, angleDeg);
    }

    public static Strans of(boolean reflect, double angleDeg, double magnification) {
        return new Strans(reflect, false, false, magnification, angleDeg);
    }

    public boolean isIdentity() {
        return !reflect && !absMag && !absAngle && magnification == 1.0 && angleDeg == 0.0;
    }

    int flagBits() {
        return (reflect ? REFLECT_BIT : 0) | (absMag ? ABS_MAG_BIT : 0) | (absAngle ? ABS_ANGLE_BIT : 0);
    }
}
