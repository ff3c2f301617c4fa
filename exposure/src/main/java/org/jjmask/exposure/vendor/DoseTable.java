package org.jjmask.exposure.vendor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jjmask.exposure.DoseClass;

/**
 * The readable class → dose table every vendor gets ({@code NAME.doses.csv}, the report's table,
 * the JSON's {@code ebeam.dose_classes}), and NPGS's dose per layer. One row per class: layer,
 * datatype as the vendor writes it, dose factor as the machine applies it, dose µC/cm², holes.
 */
public record DoseTable(Vendor vendor, int layer, double baseUCcm2, List<Row> rows) {

    public record Row(int layer, int datatype, double doseFactor, double doseUCcm2, long holes) {}

    public DoseTable {
        rows = List.copyOf(rows);
    }

    public static DoseTable of(Vendor vendor, int layer, double baseUCcm2, List<DoseClass> classes) {
        List<Row> rows = new ArrayList<>();
        for (DoseClass c : classes) {
            double f = vendor.realisedFactor(c);
            // NPGS takes one dose per layer: each class is its own layer
            int l = vendor == Vendor.NPGS ? layer + c.rank() : layer;
            int dt = vendor == Vendor.NPGS ? 0 : vendor.datatype(c);
            rows.add(new Row(l, dt, f, f * baseUCcm2, c.holes()));
        }
        return new DoseTable(vendor, layer, baseUCcm2, rows);
    }

    /** {@code NAME.doses.csv}: a header line and one line per class. */
    public String csv() {
        StringBuilder sb = new StringBuilder("layer,datatype,dose_factor,dose_uC_cm2,holes\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%d,%d,%.6f,%.4f,%d\n", r.layer(), r.datatype(), r.doseFactor(),
                    r.doseUCcm2(), r.holes()));
        }
        return sb.toString();
    }

    /** NPGS: layer → dose µC/cm², for the {@code .dc2} run file. */
    public List<double[]> npgsLayerDoses() {
        List<double[]> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new double[] {r.layer(), r.doseUCcm2()});
        }
        return out;
    }
}
