package org.jjmask.layout.network;

/**
 * One hole as laid out: its centre and its (possibly varied) diameter, nm. The network treats the
 * hole as a disc of this diameter.
 */
public record Hole(double xNm, double yNm, double diameterNm) {

    public Hole {
        if (!Double.isFinite(xNm) || !Double.isFinite(yNm)) {
            throw new IllegalArgumentException("hole centre must be finite: " + xNm + ", " + yNm);
        }
        if (!(diameterNm >= 0) || Double.isInfinite(diameterNm)) {
            throw new IllegalArgumentException("hole diameter must be finite and non-negative: " + diameterNm);
        }
    }

    /** Area of the disc, nm². */
    public double areaNm2() {
        return Math.PI * diameterNm * diameterNm / 4;
    }
}
