package org.jjmask.exposure.vendor;

import java.util.List;
import java.util.Locale;
import org.jjmask.exposure.DoseClass;

/**
 * JEOL: a shot rank per class (the datatype), the dose per rank from the {@code MODULAT} table of
 * the job's {@code .jdi}: {@code dose = base × (100 + m)/100}. Source: Cornell CNF
 * {@code DoseTestSteps.py}; DTU LabAdviser "Dose Testing" (EBEAM.md). m is written with one
 * decimal [guess: the CNF and DTU examples use integers; check the site's JEOL manual if it rejects
 * decimals].
 */
public final class Jeol {

    private Jeol() {}

    /** m for a dose factor, rounded to 0.1. */
    public static double modulation(double doseFactor) {
        return Math.round(1000 * (doseFactor - 1)) / 10.0;
    }

    public static double factor(double modulation) {
        return (100 + modulation) / 100;
    }

    /** The sidecar text: {@code MODULAT ((rank, m), ...)}, one class per rank. */
    public static String jdi(String name, List<DoseClass> classes) {
        StringBuilder sb = new StringBuilder();
        sb.append("; ").append(name).append(".jdi: dose modulation per shot rank, written by jjmask\n");
        sb.append("MODULAT (");
        for (int k = 0; k < classes.size(); k++) {
            DoseClass c = classes.get(k);
            sb.append(k == 0 ? "" : " , ").append(String.format(Locale.ROOT, "( %d , %.1f )", c.rank(),
                    modulation(c.doseFactor())));
        }
        return sb.append(")\n").toString();
    }
}
