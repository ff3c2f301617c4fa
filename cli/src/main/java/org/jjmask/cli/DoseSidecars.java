package org.jjmask.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jjmask.design.EbeamResult;
import org.jjmask.design.Spec;
import org.jjmask.exposure.DoseClass;
import org.jjmask.exposure.vendor.DoseTable;
import org.jjmask.exposure.vendor.Jeol;
import org.jjmask.exposure.vendor.Ncs;

/**
 * The files beside a classed GDS: {@code NAME.doses.csv} always (layer, datatype, dose factor,
 * µC/cm², holes), and what the vendor reads the doses from — JEOL's {@code MODULAT} table in
 * {@code NAME.jdi}, NCS's {@code [index, %]} table in {@code NAME.ncs.txt}, NPGS's dose per layer
 * in {@code NAME.npgs.txt}. Raith reads the dose from the datatype itself.
 */
final class DoseSidecars {

    record Sidecar(String fileName, String kind, String text) {}

    private DoseSidecars() {}

    static List<Sidecar> of(String name, Spec.EbeamSpec spec, EbeamResult e) {
        return of(name, e.table());
    }

    /**
     * The files for a table whose row k is class rank k: a design's, or a chip's one table for
     * every device (ChipDoses renumbers the devices' classes into it).
     */
    static List<Sidecar> of(String name, DoseTable t) {
        List<Sidecar> out = new ArrayList<>();
        out.add(new Sidecar(name + ".doses.csv", "csv", t.csv()));
        List<DoseClass> classes = new ArrayList<>();
        for (int k = 0; k < t.rows().size(); k++) {
            DoseTable.Row r = t.rows().get(k);
            classes.add(new DoseClass(k, r.doseFactor(), r.holes()));
        }
        switch (t.vendor()) {
            case JEOL -> out.add(new Sidecar(name + ".jdi", "jdi", Jeol.jdi(name, classes)));
            case NCS -> {
                StringBuilder sb = new StringBuilder("# ").append(name)
                        .append(": NCS dose table [index, %] relative to the base dose, index = GDS datatype\n[");
                List<double[]> rows = Ncs.table(classes);
                for (int k = 0; k < rows.size(); k++) {
                    sb.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "[%d, %.2f]", (int) rows.get(k)[0],
                            rows.get(k)[1]));
                }
                out.add(new Sidecar(name + ".ncs.txt", "ncs", sb.append("]\n").toString()));
            }
            case NPGS -> {
                StringBuilder sb = new StringBuilder("# ").append(name).append(String.format(Locale.ROOT,
                        ": NPGS dose per layer for the .dc2 run file (base %.4g µC/cm²)%nlayer,dose_uC_cm2%n",
                        t.baseUCcm2()));
                for (double[] r : t.npgsLayerDoses()) {
                    sb.append(String.format(Locale.ROOT, "%d,%.4f%n", (int) r[0], r[1]));
                }
                out.add(new Sidecar(name + ".npgs.txt", "npgs", sb.toString()));
            }
            case RAITH, GENERIC -> { }
        }
        return out;
    }
}
