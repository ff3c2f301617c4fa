package org.jjmask.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jjmask.design.spec.Key;
import org.jjmask.design.spec.Mapping;
import org.jjmask.design.spec.Section;
import org.jjmask.design.spec.SpecException;
import org.jjmask.exposure.CorrectionMode;
import org.jjmask.exposure.ExposureKind;
import org.jjmask.exposure.Psf;
import org.jjmask.exposure.PsfPreset;
import org.jjmask.exposure.vendor.Vendor;

/**
 * {@code ebeam:}: the exposure. Dose and current alone give the write-time estimate t = D·A/I
 * (EBEAM.md's worked example by default); a point-spread function ({@code preset} or {@code psf})
 * turns on the exposure model: absorbed energy per hole, proximity correction into dose classes,
 * the printed holes and the write-field grid.
 */
final class EbeamSection {

    static final Key DOSE = Key.number("dose_uC_cm2", "µC/cm²", 1e-3, 1e6, "area dose (state your resist's)")
            .defaultsTo(250.0);
    static final Key CURRENT = Key.number("current_nA", "nA", 1e-6, 1e6, "beam current").defaultsTo(2.0);
    static final Key PRESET = Key.choice("preset", "PSF preset",
            Arrays.stream(PsfPreset.values()).map(PsfPreset::specName).toList(),
            "a published double-Gaussian PSF (urpec's Casino fits, EBEAM.md); linbo3_* stand in for SrTiO3").optional();
    static final Key ALPHA = Key.number("alpha_nm", "nm", 0.1, 10_000, "forward-scattering range α")
            .defaultsTo("the preset's", true);
    static final Key BETA = Key.number("beta_um", "µm", 0.01, 1000, "backscattering range β")
            .defaultsTo("the preset's", true);
    static final Key ETA = Key.number("eta", "", 0, 100, "backscattered / forward energy η")
            .defaultsTo("the preset's", true);
    static final Section PSF_SECTION = Section.of("psf",
            "the point-spread function f(r) = [g_α + η·g_β]/(1+η) (Chang 1975); overrides the preset's numbers",
            ALPHA, BETA, ETA);
    static final Key PSF = Key.section(PSF_SECTION).optional();
    static final Key CORRECTION = Key.choice("correction", "correction",
            Arrays.stream(CorrectionMode.values()).map(CorrectionMode::specName).toList(),
            "proximity-effect correction: none, per-hole dose classes, or per-hole size bias at one dose (needs a PSF)")
            .defaultsTo("none");
    static final Key DOSE_CLASSES = Key.whole("dose_classes", "", 3, 1000,
            "dose classes of the correction, geometric steps anchored at the base dose").defaultsTo(32L);
    static final Key VENDOR = Key.choice("vendor", "vendor",
            Arrays.stream(Vendor.values()).map(Vendor::specName).toList(),
            "how the classes reach the machine: raith datatype = 1000 × dose factor; jeol NAME.jdi MODULAT; ncs "
                    + "[index, %]; npgs a layer per class from 100 up; generic datatype = class (NAME.doses.csv always)")
            .defaultsTo("generic");
    static final Key EXPOSURE = Key.choice("exposure", "exposure",
            Arrays.stream(ExposureKind.values()).map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).toList(),
            "area: each hole filled with shots at step_nm; dot: one shot per hole, written as a zero-width PATH")
            .defaultsTo("area");
    static final Key STEP = Key.number("step_nm", "nm", 0.1, 1000, "shot pitch of area exposure").defaultsTo(10.0);
    static final Key DOT_CHARGE = Key.number("dot_charge_fC", "fC", 1e-6, 1e6,
            "charge of one dot at the base dose (dot exposure)").defaultsTo("dose_uC_cm2 × the hole's area", true);
    static final Key SHOT_SETTLE = Key.number("shot_settle_ns", "ns", 0, 1e6, "beam settling per shot").defaultsTo(0.0);
    static final Key HOLE_SETTLE = Key.number("hole_settle_us", "µs", 0, 1e6, "beam settling per jump to the next hole")
            .defaultsTo(0.0);
    static final Key FIELD_SIZE = Key.number("field_size_um", "µm", 1, 10_000,
            "write-field side; written: the field_boundary rule applies").defaultsTo(100.0);
    static final Key FIELD_ORIGIN = Key.pair("field_origin_um", "µm", -1e5, 1e5,
            "[x, y] of a field corner; written: the field_boundary rule applies")
            .defaultsTo("chosen so that boundaries run through film", true);
    static final Key FIELD_MARGIN = Key.number("field_margin_nm", "nm", 0, 10_000,
            "field_boundary: no hole closer than this to a field boundary (0: only holes a boundary cuts)")
            .defaultsTo(0.0);
    static final Key STITCH_ERROR = Key.number("stitch_error_nm", "nm", 0, 10_000,
            "the machine's field-stitching error (mean + 3σ): holes within it of a boundary are counted, and "
                    + "the yield draws a field shift of σ = this/3").defaultsTo(0.0);
    static final Key PREDICT_PRINTED = Key.flag("predict_printed", false,
            "predict (and draw the yield around) the printed bulk hole instead of the drawn one (needs a PSF)");
    static final Key CLEARING_DOSE = Key.number("clearing_dose_uC_cm2", "µC/cm²", 1e-3, 1e6,
            "dose at which a large exposed area just clears: the development threshold")
            .defaultsTo("the bulk hole prints at its drawn size", true);

    static final Section SECTION = Section.of("ebeam",
            "the exposure: dose, current, point-spread function, proximity correction, vendor, write fields",
            DOSE, CURRENT, PRESET, PSF, CORRECTION, DOSE_CLASSES, VENDOR, EXPOSURE, STEP, DOT_CHARGE, SHOT_SETTLE,
            HOLE_SETTLE, FIELD_SIZE, FIELD_ORIGIN, FIELD_MARGIN, STITCH_ERROR, PREDICT_PRINTED, CLEARING_DOSE);

    private EbeamSection() {}

    static Spec.EbeamSpec read(Mapping m, Spec.LatticeSpec lattice, Spec.FabricationSpec fabrication)
            throws SpecException {
        double dose = m.number(DOSE);
        double current = m.number(CURRENT);
        Optional<PsfPreset> preset = m.has(PRESET) ? Optional.of(m.choice(PRESET, PsfPreset::fromSpecName))
                : Optional.empty();
        Mapping psfM = m.section(PSF);
        OptionalDouble alpha = psfM.optionalNumber(ALPHA);
        OptionalDouble beta = psfM.optionalNumber(BETA);
        OptionalDouble eta = psfM.optionalNumber(ETA);
        Optional<Psf> psf;
        String psfName;
        if (preset.isPresent()) {
            psf = Optional.of(preset.get().psf().overriddenBy(box(alpha), box(beta), box(eta)));
            psfName = preset.get().specName();
        } else if (psfM.present()) {
            for (Key k : new Key[] {ALPHA, BETA, ETA}) {
                if (!psfM.has(k)) {
                    throw psfM.fault(k, "missing: without ebeam.preset the PSF needs alpha_nm, beta_um and eta");
                }
            }
            psf = Optional.of(Psf.doubleGaussian(alpha.getAsDouble(), beta.getAsDouble(), eta.getAsDouble()));
            psfName = "user";
        } else {
            psf = Optional.empty();
            psfName = "";
        }
        CorrectionMode correction = m.choice(CORRECTION, CorrectionMode::fromSpecName);
        if (correction != CorrectionMode.NONE && psf.isEmpty()) {
            throw m.fault(CORRECTION, correction.specName() + " needs a point-spread function: give ebeam.preset "
                    + "(e.g. si_30kv) or ebeam.psf: {alpha_nm, beta_um, eta}");
        }
        boolean predictPrinted = m.flag(PREDICT_PRINTED);
        if (predictPrinted && psf.isEmpty()) {
            throw m.fault(PREDICT_PRINTED, "true needs a point-spread function: give ebeam.preset or ebeam.psf");
        }
        if (m.has(CLEARING_DOSE) && psf.isEmpty()) {
            throw m.fault(CLEARING_DOSE, "needs a point-spread function: give ebeam.preset or ebeam.psf");
        }
        // the exposure model and the classes take the holes as what the beam writes: positive tone
        if (psf.isPresent() && fabrication.negativeTone()) {
            throw m.fault(m.has(PRESET) ? m.keyPath(PRESET) : m.keyPath(PSF), "the exposure model takes the holes as "
                    + "exposed; fabrication.tone negative exposes the film: write it positive, or leave the PSF out");
        }
        boolean scattered = !fabrication.variation().isNone() || lattice.rotationDeg() != 0;
        if (correction == CorrectionMode.SIZE && scattered) {
            throw m.fault(CORRECTION, "size biases one nominal hole; this lattice is "
                    + (lattice.rotationDeg() != 0 ? "rotated" : "disordered") + ": use correction dose");
        }
        int classes = m.whole(DOSE_CLASSES);
        Vendor vendor = m.choice(VENDOR, Vendor::fromSpecName);
        ExposureKind kind = m.choice(EXPOSURE, n -> Arrays.stream(ExposureKind.values())
                .filter(k -> k.name().equalsIgnoreCase(n) && n.equals(n.toLowerCase(java.util.Locale.ROOT))).findFirst());
        if (m.has(DOT_CHARGE) && kind != ExposureKind.DOT) {
            throw m.fault(DOT_CHARGE, "applies only to ebeam.exposure: dot");
        }
        if (kind == ExposureKind.DOT && fabrication.negativeTone()) {
            throw m.fault(EXPOSURE, "dot writes one shot per hole; fabrication.tone negative exposes the film: use area");
        }
        if (kind == ExposureKind.DOT && correction == CorrectionMode.SIZE) {
            throw m.fault(CORRECTION, "size cannot bias a dot (one shot per hole): use correction dose with exposure dot");
        }
        boolean fieldsAsked = m.has(FIELD_SIZE) || m.has(FIELD_ORIGIN);
        Optional<double[]> origin = Optional.empty();
        if (m.has(FIELD_ORIGIN)) {
            JsonNode xy = m.raw(FIELD_ORIGIN).orElseThrow();
            if (xy.size() != 2 || xy.get(0).isNull() || xy.get(1).isNull()) {
                throw m.fault(FIELD_ORIGIN, "expected two numbers [x, y] in µm");
            }
            origin = Optional.of(new double[] {m.bounded(FIELD_ORIGIN, xy.get(0).asDouble()),
                    m.bounded(FIELD_ORIGIN, xy.get(1).asDouble())});
        }
        return new Spec.EbeamSpec(dose, current, psf, psfName, correction, classes, vendor, kind, m.number(STEP),
                m.optionalNumber(DOT_CHARGE), m.number(SHOT_SETTLE), m.number(HOLE_SETTLE), m.number(FIELD_SIZE), origin,
                fieldsAsked, m.number(FIELD_MARGIN), m.number(STITCH_ERROR), predictPrinted,
                m.optionalNumber(CLEARING_DOSE));
    }

    private static Optional<Double> box(OptionalDouble v) {
        return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
    }
}
