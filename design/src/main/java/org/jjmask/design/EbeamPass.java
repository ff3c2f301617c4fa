package org.jjmask.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jjmask.exposure.ClassBlocks;
import org.jjmask.exposure.CorrectionMode;
import org.jjmask.exposure.Development;
import org.jjmask.exposure.DoseClass;
import org.jjmask.exposure.DoseCorrection;
import org.jjmask.exposure.ExposureKind;
import org.jjmask.exposure.ExposureModel;
import org.jjmask.exposure.HolePattern;
import org.jjmask.exposure.PrintedGeometry;
import org.jjmask.exposure.ProbeHoles;
import org.jjmask.exposure.ProximityCorrection;
import org.jjmask.exposure.Psf;
import org.jjmask.exposure.RelativeEnergies;
import org.jjmask.exposure.SizeCorrection;
import org.jjmask.exposure.WriteFields;
import org.jjmask.exposure.WriteTime;
import org.jjmask.exposure.vendor.DoseTable;
import org.jjmask.exposure.vendor.Vendor;
import org.jjmask.layout.HoleClasses;
import org.jjmask.layout.Layout;
import org.jjmask.physics.Prediction;

/**
 * The exposure step of a design pass: the written holes as numbers, the absorbed energy under the
 * spec's PSF, the correction it asks for, the printed holes and what they do to the physics, the
 * write fields and the write time. Writes nothing; the GDS writer takes {@link EbeamResult#classes}.
 */
final class EbeamPass {

    /** NPGS takes a dose per layer: its classes go on layers from here up, clear of the device's own layers 1–6. */
    static final int NPGS_FIRST_LAYER = Spec.EbeamSpec.NPGS_FIRST_LAYER;

    /** The grid the printed holes' unit cells are predicted on, nm: fine, so that D follows the printed size smoothly. */
    private static final double SITE_DBU_NM = 0.001;

    private EbeamPass() {}

    static EbeamResult run(Spec spec, Layout layout) {
        Spec.EbeamSpec e = spec.ebeam();
        HolePattern pattern = HolePattern.of(layout);
        int holesLayer = layout.layers().holes().layer();
        int holesDatatype = layout.layers().holes().datatype();
        Optional<EbeamResult.Model> model = Optional.empty();
        Optional<HoleClasses> classes = Optional.empty();
        HolePattern written = pattern;
        float[] doses = new float[0];
        List<DoseClass> doseClasses = List.of(new DoseClass(0, 1.0, pattern.size()));
        Vendor vendor = e.vendor();
        if (e.psf().isPresent()) {
            Psf psf = e.psf().get();
            ExposureModel m = new ExposureModel(pattern, psf);
            ExposureModel.Energies uncorrected = m.energies(m.uniformDose());
            ProbeHoles probes = ProbeHoles.of(pattern);
            Development dev = e.clearingDoseUcCm2().isPresent()
                    ? new Development(m, e.clearingDoseUcCm2().getAsDouble() / e.doseUcCm2())
                    : Development.calibrated(m);
            PrintedGeometry printed = dev.atProbes(uncorrected);
            Optional<DoseCorrection> dose = Optional.empty();
            Optional<SizeCorrection> size = Optional.empty();
            Optional<RelativeEnergies> rimsAfter = Optional.empty();
            Optional<PrintedGeometry> printedAfter = Optional.empty();
            if (e.correction() == CorrectionMode.DOSE) {
                DoseCorrection c = ProximityCorrection.dose(m, e.doseClasses());
                dose = Optional.of(c);
                doses = c.doseFactors();
                doseClasses = c.classes();
                ExposureModel.Energies after = m.energies(doses);
                rimsAfter = Optional.of(RelativeEnergies.atRims(pattern, probes, after));
                printedAfter = Optional.of(dev.atProbes(after));
            } else if (e.correction() == CorrectionMode.SIZE) {
                SizeCorrection c = SizeCorrection.size(m);
                size = Optional.of(c);
                written = c.pattern();
                ExposureModel biased = new ExposureModel(written, psf);
                ExposureModel.Energies after = biased.energies(biased.uniformDose());
                rimsAfter = Optional.of(RelativeEnergies.atRims(written, probes, after));
                printedAfter = Optional.of(new Development(biased, dev.threshold()).atProbes(after));
            }
            // three independent unit-cell predictions: side by side (the list keeps their order)
            List<PrintedGeometry.Site> at = List.of(printed.bulk(), printed.edge(), printed.corner());
            List<String> where = List.of("bulk", "edge", "corner");
            List<EbeamResult.SitePhysics> sites = java.util.stream.IntStream.range(0, 3).parallel()
                    .mapToObj(k -> site(spec, layout, where.get(k), at.get(k))).toList();
            model = Optional.of(new EbeamResult.Model(psf, e.psfName(), RelativeEnergies.atCentres(pattern, probes,
                    uncorrected), RelativeEnergies.atRims(pattern, probes, uncorrected), rimsAfter, printed, printedAfter,
                    sites, dose, size, dev.threshold(), m.gridCellNm()));
            if (size.isPresent()) {
                classes = Optional.of(sizeClasses(spec, layout, size.get(), vendor, holesLayer, holesDatatype));
            }
        }
        int tableLayer = vendor == Vendor.NPGS && e.classed() ? NPGS_FIRST_LAYER : holesLayer;
        DoseTable table = DoseTable.of(vendor, tableLayer, e.doseUcCm2(), doseClasses);
        if (classes.isEmpty() && e.classed()) {
            classes = Optional.of(doseClasses(layout, table, model.flatMap(EbeamResult.Model::dose), e.exposure()));
        }

        WriteFields.Plan fields = fields(spec, pattern);
        long stitch = e.stitchErrorNm() > 0 ? WriteFields.check(pattern, fields.fieldXNm(), fields.fieldYNm(),
                fields.originXNm(), fields.originYNm(), e.stitchErrorNm()).adjacent() : 0;
        return new EbeamResult(model, table, classes, fields, stitch, time(spec, written, doses));
    }

    /** The field grid: the user's origin checked, else the origin that keeps boundaries in the film. */
    static WriteFields.Plan fields(Spec spec, HolePattern pattern) {
        Spec.EbeamSpec e = spec.ebeam();
        double f = e.fieldSizeUm() * 1000;
        if (e.fieldOriginUm().isPresent()) {
            double[] o = e.fieldOriginUm().get();
            return WriteFields.check(pattern, f, f, o[0] * 1000, o[1] * 1000, e.fieldMarginNm());
        }
        return WriteFields.plan(pattern, f, e.fieldMarginNm(), false);
    }

    /** Every hole's class cell and the class rectangles: the bulk one AREF, the edge bands the others. */
    private static HoleClasses doseClasses(Layout layout, DoseTable table, Optional<DoseCorrection> dose,
            ExposureKind kind) {
        List<HoleClasses.ClassCell> cells = new ArrayList<>();
        for (DoseTable.Row r : table.rows()) {
            cells.add(new HoleClasses.ClassCell(r.layer(), r.datatype(), Optional.empty(), kind == ExposureKind.DOT));
        }
        short[] classOf = dose.map(DoseCorrection::classOf).orElseGet(() -> new short[(int) layout.holeCount()]);
        return classes(layout, cells, classOf);
    }

    private static HoleClasses classes(Layout layout, List<HoleClasses.ClassCell> cells, short[] classOf) {
        if (layout.isScattered()) {
            return new HoleClasses(cells, List.of(), classOf);
        }
        List<HoleClasses.Block> blocks = ClassBlocks.of(layout, classOf).stream()
                .map(b -> new HoleClasses.Block(b.classRank(), b.holes())).toList();
        return new HoleClasses(cells, blocks, new short[0]);
    }

    /** Size classes: each its own polygon, all at the base dose's datatype. */
    private static HoleClasses sizeClasses(Spec spec, Layout layout, SizeCorrection size, Vendor vendor, int layer,
            int holesDatatype) {
        // every size class is written at the base dose: the cell goes where the dose table's one row says
        // (Raith: DF 1's datatype; NPGS: its first dose layer, datatype 0, as NAME.npgs.txt lists it)
        int datatype = switch (vendor) {
            case RAITH -> vendor.datatype(new DoseClass(0, 1.0, 0));
            case NPGS -> 0;
            default -> holesDatatype;
        };
        if (vendor == Vendor.NPGS) {
            layer = NPGS_FIRST_LAYER;
        }
        // the class diameters are equal-area discs; the spec's diameter of a circle writes an inscribed polygon
        double eqPerNominal = layout.hole().equivalentDiameter() * layout.dbuNm() / spec.lattice().holeDiameterNm();
        List<HoleClasses.ClassCell> cells = new ArrayList<>();
        for (SizeCorrection.SizeClass c : size.classes()) {
            Spec.LatticeSpec l = spec.lattice().withGeometry(spec.lattice().type(), spec.lattice().pitchNm(),
                    c.diameterNm() / eqPerNominal);
            cells.add(new HoleClasses.ClassCell(layer, datatype, Optional.of(l.idealHole().written(Designer.DBU_NM).xy()),
                    false));
        }
        return classes(layout, cells, size.classOf());
    }

    /** The physics of an array whose holes all printed as this one did. */
    private static EbeamResult.SitePhysics site(Spec spec, Layout layout, String where, PrintedGeometry.Site s) {
        double eqPerNominal = layout.hole().equivalentDiameter() * layout.dbuNm() / spec.lattice().holeDiameterNm();
        double d = s.printedDiameterNm() / eqPerNominal;
        if (!(d >= 2) || d >= spec.lattice().pitchNm() - 1) {
            return new EbeamResult.SitePhysics(where, s, OptionalDouble.empty(), OptionalDouble.empty());
        }
        Optional<Prediction> p = Designer.cell(spec.withLattice(spec.lattice().type(), spec.lattice().pitchNm(), d),
                SITE_DBU_NM).prediction();
        return new EbeamResult.SitePhysics(where, s, p.map(x -> OptionalDouble.of(x.rnOhm())).orElse(OptionalDouble.empty()),
                p.map(x -> OptionalDouble.of(x.tbktK())).orElse(OptionalDouble.empty()));
    }

    /** The write time over the holes as written (their classes' doses, their sizes) and the bulk hole's cross-check. */
    private static EbeamResult.Time time(Spec spec, HolePattern written, float[] doses) {
        Spec.EbeamSpec e = spec.ebeam();
        double currentPa = e.currentNa() * 1000;
        double bulkArea = written.areaNm2(written.shapeOf(ProbeHoles.of(written).bulk()));
        WriteTime area = WriteTime.area(e.doseUcCm2(), currentPa, e.stepNm());
        double dotFc = e.dotChargeFc().orElse(area.chargeFc(bulkArea, 1));
        WriteTime t = new WriteTime(e.doseUcCm2(), currentPa, e.exposure(), e.stepNm(), dotFc, e.shotSettleNs(),
                e.holeSettleUs());
        WriteTime bare = new WriteTime(e.doseUcCm2(), currentPa, e.exposure(), e.stepNm(), dotFc, 0, 0);
        long shots = t.shots(written);
        double charge = t.chargeFc(bulkArea, 1);
        return new EbeamResult.Time(t.totalS(written, doses), bare.totalS(written, doses), shots, bulkArea, charge,
                charge * 1e-15 / (currentPa * 1e-12) * 1e6);
    }
}
