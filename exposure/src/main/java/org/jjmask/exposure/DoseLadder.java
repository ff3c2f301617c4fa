package org.jjmask.exposure;

/**
 * A geometric dose ladder for a dose test: N doses from D₀ to D_N with the common ratio
 * {@code f = (D_N/D₀)^{1/(N−1)}} (Cornell CNF {@code DoseTestSteps.py}, EBEAM.md; 18 doses from
 * 75 to 700 µC/cm² give f = 1.1404).
 */
public record DoseLadder(double fromUCcm2, double toUCcm2, int steps) {

    public DoseLadder {
        if (steps < 2 || !(fromUCcm2 > 0) || !(toUCcm2 > fromUCcm2)) {
            throw new IllegalArgumentException("a dose ladder needs 0 < FROM < TO and N >= 2; got "
                    + fromUCcm2 + ":" + toUCcm2 + ":" + steps);
        }
    }

    public double ratio() {
        return Math.pow(toUCcm2 / fromUCcm2, 1.0 / (steps - 1));
    }

    /** The doses, µC/cm², from FROM to TO; the last is TO exactly. */
    public double[] dosesUCcm2() {
        double[] d = new double[steps];
        double f = ratio();
        for (int k = 0; k < steps; k++) {
            d[k] = k == steps - 1 ? toUCcm2 : fromUCcm2 * Math.pow(f, k);
        }
        return d;
    }
}
