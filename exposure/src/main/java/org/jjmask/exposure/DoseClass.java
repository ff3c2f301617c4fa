package org.jjmask.exposure;

/**
 * One dose class: its rank (0 = lowest dose), dose factor relative to the base dose and the number
 * of holes written with it. The vendor encoders ({@code org.jjmask.exposure.vendor}) turn the
 * rank and factor into a datatype, shot rank or table row.
 */
public record DoseClass(int rank, double doseFactor, long holes) {

    /** Dose in µC/cm² at a base dose of {@code baseUCcm2}. */
    public double doseUCcm2(double baseUCcm2) {
        return doseFactor * baseUCcm2;
    }
}
