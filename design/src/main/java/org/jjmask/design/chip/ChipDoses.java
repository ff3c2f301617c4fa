package org.jjmask.design.chip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jjmask.design.DesignResult;
import org.jjmask.design.EbeamResult;
import org.jjmask.exposure.vendor.DoseTable;
import org.jjmask.exposure.vendor.Raith;
import org.jjmask.exposure.vendor.Vendor;
import org.jjmask.layout.HoleClasses;

/**
 * The dose table of a chip whose devices are written in dose classes ({@code ebeam.correction:
 * dose}, {@code size} or dots). One GDS and one sidecar tell the machine one dose per (layer,
 * datatype), while each device's own classes are ranks of its own ladder (JEOL shot rank, NCS
 * index, NPGS layer, generic datatype): rank 3 of one device is not rank 3 of another. So
 * {@link #share} renumbers every device's classes into one chip table — the distinct doses of all
 * devices, ascending, one chip rank each — and the devices are written, reported and summarised
 * in it; Raith's datatype is the dose factor itself and needs no renumbering. {@link #of} then
 * merges the devices' rows by (layer, datatype), their holes summed, for {@code NAME.doses.csv}
 * and the vendor's sidecar.
 *
 * <p>Refused, each in one line: devices at different base doses (a mask is written at one base
 * dose, which every vendor's factors multiply), devices of different vendors, and more classes
 * than a GDS datatype (or, for NPGS, layer) holds.
 */
public final class ChipDoses {

    /** Why a chip's classes cannot be written as one mask: one line for the user. */
    public static final class Conflict extends Exception {
        private static final long serialVersionUID = 1L;

        Conflict(String message) {
            super(message);
        }
    }

    /** Relative agreement two devices' doses need to be one class: the CSV's six digits. */
    private static final double SAME_DOSE = 1e-6;

    private ChipDoses() {}

    /**
     * The chip with every classed device renumbered into the chip's one dose table (the chip
     * itself when no device is classed, or under Raith, whose datatypes already are doses).
     */
    public static ChipResult share(ChipResult chip) throws Conflict {
        List<Integer> classed = new ArrayList<>();
        for (int i = 0; i < chip.devices().size(); i++) {
            if (chip.devices().get(i).ebeam().filter(x -> x.classes().isPresent()).isPresent()) {
                classed.add(i);
            }
        }
        if (classed.isEmpty()) {
            return chip;
        }
        DoseTable first = table(chip, classed.get(0));
        String firstId = chip.spec().devices().get(classed.get(0)).id();
        List<Double> factors = new ArrayList<>();
        for (int i : classed) {
            DoseTable t = table(chip, i);
            String id = chip.spec().devices().get(i).id();
            if (t.vendor() != first.vendor()) {
                throw new Conflict("chip: devices " + firstId + " and " + id + " write for ebeam.vendor "
                        + first.vendor().specName() + " and " + t.vendor().specName() + "; one mask is written for one vendor");
            }
            if (Math.abs(t.baseUCcm2() - first.baseUCcm2()) > SAME_DOSE * first.baseUCcm2()) {
                throw new Conflict("chip: devices " + firstId + " and " + id + " have ebeam.dose_uC_cm2 "
                        + String.format(Locale.ROOT, "%.4g and %.4g", first.baseUCcm2(), t.baseUCcm2())
                        + "; one mask is written at one base dose, which every class's dose factor multiplies");
            }
            t.rows().forEach(r -> factors.add(r.doseFactor()));
        }
        if (first.vendor() == Vendor.RAITH) {
            return chip;
        }
        double[] ladder = distinct(factors);
        int most = first.vendor() == Vendor.NPGS ? Raith.MAX_DATATYPE - first.layer() : Raith.MAX_DATATYPE;
        if (ladder.length - 1 > most) {
            throw new Conflict("chip: its devices write " + ladder.length + " distinct doses, more than ebeam.vendor "
                    + first.vendor().specName() + " can number in one GDS (" + (most + 1)
                    + "); use fewer ebeam.dose_classes or fewer devices");
        }
        List<DesignResult> devices = new ArrayList<>(chip.devices());
        for (int i : classed) {
            EbeamResult e = devices.get(i).ebeam().orElseThrow();
            devices.set(i, devices.get(i).withEbeam(Optional.of(renumber(e, first, ladder))));
        }
        return new ChipResult(chip.spec(), devices, chip.placements(), chip.annotations(), chip.violations());
    }

    /** The merged table, or empty when no device writes its holes in classes; give it a {@link #share}d chip. */
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
                    // a renumbered chip never gets here: a guard against writing one that was not
                    throw new Conflict("chip: devices " + firstDevice.get(key) + " and " + id + " write layer "
                            + row.layer() + " datatype " + row.datatype() + " at different doses ("
                            + String.format(Locale.ROOT, "%.4f and %.4f", known.doseUCcm2(), row.doseUCcm2())
                            + " µC/cm²) under ebeam.vendor " + t.vendor().specName()
                            + "; one mask gives a datatype one dose");
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
    static List<Optional<HoleClasses>> classes(ChipResult chip) {
        return chip.devices().stream().map(r -> r.ebeam().flatMap(EbeamResult::classes)).toList();
    }

    private static DoseTable table(ChipResult chip, int device) {
        return chip.devices().get(device).ebeam().orElseThrow().table();
    }

    /** The doses, ascending, those within {@link #SAME_DOSE} of the previous one kept as it. */
    private static double[] distinct(List<Double> factors) {
        double[] f = factors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        List<Double> out = new ArrayList<>();
        for (double x : f) {
            if (out.isEmpty() || x - out.get(out.size() - 1) > SAME_DOSE * x) {
                out.add(x);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int rank(double[] ladder, double factor) {
        for (int k = ladder.length - 1; k >= 0; k--) {
            if (factor >= ladder[k] * (1 - SAME_DOSE)) {
                return k;
            }
        }
        return 0;
    }

    /**
     * A device's table and class cells in chip ranks. A class cell is found in the device's table
     * by its (layer, datatype); size classes, every one at the base dose, share the one row.
     */
    private static EbeamResult renumber(EbeamResult e, DoseTable chipFirst, double[] ladder) {
        DoseTable t = e.table();
        boolean npgs = t.vendor() == Vendor.NPGS;
        List<DoseTable.Row> rows = new ArrayList<>();
        Map<Long, int[]> moved = new TreeMap<>();
        for (DoseTable.Row r : t.rows()) {
            int k = rank(ladder, r.doseFactor());
            int layer = npgs ? chipFirst.layer() + k : r.layer();
            int datatype = npgs ? 0 : k;
            rows.add(new DoseTable.Row(layer, datatype, ladder[k], ladder[k] * t.baseUCcm2(), r.holes()));
            moved.put(key(r.layer(), r.datatype()), new int[] {layer, datatype});
        }
        HoleClasses c = e.classes().orElseThrow();
        int[] only = rows.size() == 1 ? new int[] {rows.get(0).layer(), rows.get(0).datatype()} : null;
        List<HoleClasses.ClassCell> cells = new ArrayList<>();
        for (HoleClasses.ClassCell cell : c.classes()) {
            int[] to = moved.getOrDefault(key(cell.layer(), cell.datatype()), only);
            if (to == null) {
                throw new IllegalStateException("class cell on " + cell.layer() + "/" + cell.datatype()
                        + " has no row in its device's dose table");
            }
            cells.add(new HoleClasses.ClassCell(to[0], to[1], cell.xy(), cell.dot()));
        }
        return e.withClasses(new DoseTable(t.vendor(), t.layer(), t.baseUCcm2(), rows),
                Optional.of(new HoleClasses(cells, c.blocks(), c.perHole())));
    }

    private static long key(int layer, int datatype) {
        return ((long) layer << 32) | (datatype & 0xFFFFFFFFL);
    }
}
