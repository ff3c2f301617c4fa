package org.jjmask.design.chip;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jjmask.design.DesignResult;
import org.jjmask.design.EbeamResult;
import org.jjmask.exposure.vendor.DoseTable;
import org.jjmask.exposure.vendor.Vendor;

/**
 * The dose table of a chip whose devices are written in dose classes ({@code ebeam.correction:
 * dose} or dots): every device's classes merged by (layer, datatype), their holes summed, for the
 * chip's {@code NAME.doses.csv}. One GDS tells the machine one dose per (layer, datatype), so two
 * devices that write the same datatype at different doses cannot share a mask; that and a vendor
 * whose sidecar a chip does not write are refused.
 */
public final class ChipDoses {

    /** Why a chip's classes cannot be written as one mask: one line for the user. */
    public static final class Conflict extends Exception {
        private static final long serialVersionUID = 1L;

        Conflict(String message) {
            super(message);
        }
    }

    /** Relative agreement two devices' doses on one datatype need: the CSV's six digits. */
    private static final double SAME_DOSE = 1e-6;

    private ChipDoses() {}

    /** The merged table, or empty when no device writes its holes in classes. */
    public static Optional<DoseTable> of(ChipResult chip) throws Conflict {
        Map<Long, DoseTable.Row> merged = new TreeMap<>();
        Map<Long, String> firstDevice = new TreeMap<>();
        DoseTable first = null;
        for (int i = 0; i < chip.devices().size(); i++) {
            DesignResult r = chip.devices().get(i);
            Optional<EbeamResult> e = r.ebeam().filter(x -> x.classes().isPresent());
            if (e.isEmpty()) {
                continue;
            }
            String id = chip.spec().devices().get(i).id();
            DoseTable t = e.get().table();
            if (t.vendor() != Vendor.RAITH && t.vendor() != Vendor.GENERIC) {
                throw new Conflict("chip: device " + id + " writes dose classes for ebeam.vendor " + t.vendor().specName()
                        + ", whose table a chip does not write; use vendor raith or generic (NAME.doses.csv)");
            }
            if (first == null) {
                first = t;
            }
            for (DoseTable.Row row : t.rows()) {
                long key = ((long) row.layer() << 32) | (row.datatype() & 0xFFFFFFFFL);
                DoseTable.Row known = merged.get(key);
                if (known == null) {
                    merged.put(key, row);
                    firstDevice.put(key, id);
                } else if (Math.abs(known.doseUCcm2() - row.doseUCcm2()) > SAME_DOSE * known.doseUCcm2()) {
                    throw new Conflict("chip: devices " + firstDevice.get(key) + " and " + id + " write layer "
                            + row.layer() + " datatype " + row.datatype() + " at different doses ("
                            + String.format(java.util.Locale.ROOT, "%.4f and %.4f", known.doseUCcm2(), row.doseUCcm2())
                            + " µC/cm²) under ebeam.vendor " + t.vendor().specName()
                            + "; one mask gives a datatype one dose: use vendor raith, whose datatype is the dose factor");
                } else {
                    merged.put(key, new DoseTable.Row(known.layer(), known.datatype(), known.doseFactor(),
                            known.doseUCcm2(), known.holes() + row.holes()));
                }
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(new DoseTable(first.vendor(), first.layer(), first.baseUCcm2(), new ArrayList<>(merged.values())));
    }

    /** Each device's classes, for {@link ChipGds}: empty for a device written with one hole cell. */
    static List<Optional<org.jjmask.layout.HoleClasses>> classes(ChipResult chip) {
        return chip.devices().stream().map(r -> r.ebeam().flatMap(EbeamResult::classes)).toList();
    }
}
