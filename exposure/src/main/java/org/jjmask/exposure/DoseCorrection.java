package org.jjmask.exposure;

import java.util.List;

/**
 * The result of a dose proximity correction: a dose class per hole and the class table.
 *
 * @param classOf        class rank of every hole, in {@link HolePattern} order
 * @param classes        the classes, ascending dose; geometric steps anchored at factor 1
 * @param classStep      the ratio between neighbouring classes minus one ({@code ebeam.class_step_pct} / 100)
 * @param residual       largest |E_rim / E_target − 1| over all holes with the quantised doses
 *                       ({@code ebeam.residual_pct} / 100)
 * @param targetRim      the target rim energy: the bulk hole's at the base dose, uncorrected
 * @param iterations     hole-by-hole iterations after the grid-level solution, before quantising
 * @param bulkClass      the bulk hole's class: the holes of every other class leave the bulk's AREF
 */
public record DoseCorrection(short[] classOf, List<DoseClass> classes, double classStep, double residual,
        double targetRim, int iterations, int bulkClass) {

    public DoseCorrection {
        classOf = classOf.clone();
        classes = List.copyOf(classes);
    }

    @Override
    public short[] classOf() {
        return classOf.clone();
    }

    public int classOf(int hole) {
        return classOf[hole];
    }

    /** The quantised dose factor of every hole. */
    public float[] doseFactors() {
        float[] d = new float[classOf.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) classes.get(classOf[i]).doseFactor();
        }
        return d;
    }

    /** Holes not in the bulk's class: those the GDS writes outside the bulk AREF. */
    public long holesOutsideBulkClass() {
        long n = 0;
        for (short c : classOf) {
            if (c != bulkClass) {
                n++;
            }
        }
        return n;
    }
}
