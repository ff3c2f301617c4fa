package org.jjmask.exposure.vendor;

import java.util.ArrayList;
import java.util.List;
import org.jjmask.exposure.DoseClass;

/**
 * Nippon Control System: a {@code [[index, %]]} dose table, the percentage relative to the base
 * dose, index 0 → 1.0; {@code [1, −10]} → 0.9. Source: NCS dose_table documentation (EBEAM.md).
 * Percent to two decimals.
 */
public final class Ncs {

    private Ncs() {}

    public static double percent(double doseFactor) {
        return Math.round(10000 * (doseFactor - 1)) / 100.0;
    }

    public static double factor(double percent) {
        return 1 + percent / 100;
    }

    /** One row {index, %} per class. */
    public static List<double[]> table(List<DoseClass> classes) {
        List<double[]> rows = new ArrayList<>();
        for (DoseClass c : classes) {
            rows.add(new double[] {c.rank(), percent(c.doseFactor())});
        }
        return rows;
    }
}
