package org.jjmask.physics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The field response of one array (MODEL.md §6): periods, their damping by the plaquette-area spread,
 * T_BKT(f), R(B) at one temperature and H_c2(T) in both orientations. Called by {@link Predictor}
 * with the zero-field chain's numbers; pure.
 *
 * <ul>
 *   <li>Periods: one flux quantum per plaquette, ΔB = Φ0/S̄ ({@link FluxPeriod}); h/e beside it.</li>
 *   <li>Damping [derived]: f_i = B·S_i/Φ0 is spread by σ_f = (B/ΔB)·σ_S/S̄; see {@link FrustratedBkt}.</li>
 *   <li>R(B) at fixed T: T_c(B) of the islands from the film's Little–Parks/GL line
 *       T_c(B) = T_c0(1 − 2πξ(0)²B/Φ0) (Tinkham ch. 4; MODEL.md §6) [lit]; the gap and E_J follow
 *       T_c(B) (BCS shape); T_BKT(B) = the self-consistent solve with c(0)·⟨ρ(f)⟩ ({@link FrustratedBkt});
 *       R from the zero-field R(T) model ({@link ResistanceCurve}: Aslamazov–Larkin, Halperin–Nelson,
 *       R_sat) with these T_c and T_BKT. The envelope is the same with ρ = 1 (f integer everywhere).</li>
 *   <li>The temperature of R(B): midway between T_BKT at f = ½ (first half period, Little–Parks
 *       included) and T_BKT at zero field — coherent at integer f, not at half-integer f, so the
 *       oscillation is at its largest (T_c/2 without coherence; the base temperature if that is
 *       higher).</li>
 *   <li>H_c2(T): {@link Hc2Curve}; with a written cell, H_c2⊥ from the cell's GL eigenvalue in field
 *       ({@link CellField}, {@link CellInField}) and T_c(B) at a quarter flux quantum per hole cell over
 *       {@value CellInField#TC_OF_B_PERIODS} periods Φ0/A_hole.</li>
 * </ul>
 */
public final class FieldPredictor {
    private FieldPredictor() {
    }

    /** R(B) spans this many h/2e periods. */
    public static final int PERIODS_SHOWN = 4;
    /** Samples of R(B) per period. */
    public static final int SAMPLES_PER_PERIOD = 60;
    /** Samples of T_BKT(f) over 0 ≤ f ≤ 1. */
    public static final int F_SAMPLES = 41;

    /**
     * What the zero-field chain found and the field response needs.
     *
     * @param network the island network (its XY constant c(0))
     * @param plaquetteAreaNm2 S̄
     * @param plaquetteAreaStdNm2 σ_S
     * @param material the film (T_c0, R_□, ξ(0), d, gap ratio, η∥)
     * @param gap0J Δ(0)
     * @param rnStiffOhm R_N of the junction that sets E_J (stiffness-corrected)
     * @param ecEffK screened charging energy
     * @param kappa critical E_J/E_C
     * @param sheetResistanceEffOhm R_□,eff (normal state)
     * @param rSatOhm R_sat at zero field
     * @param tbktK the zero-field T_BKT the prediction reports (0: no coherence, then none in field either)
     * @param neckWidthNm effective neck width (≤ 0: necks destroyed)
     * @param baseTemperatureK the base temperature
     * @param xyScale the zero-field XY constant over the network kind's tabulated one (1, or the Monte
     *     Carlo's measured value over it): T_BKT(f) scales with it
     * @param cell the written cell in field, which sets H_c2⊥ and T_c(B) (empty: the film and neck-strip
     *     formulas of {@link CriticalFields#at(double, double, double, double, double, double, double)})
     * @param hc2TcK without a cell, the T_c those formulas start from: the onset the prediction reports, so that
     *     the field section's H_c2 is the summary's (the necks' own T_c sets the coherence in field, not where
     *     pairing first nucleates)
     * @param hc2Gap0J Δ(0) at {@code hc2TcK}
     */
    public record Inputs(IslandNetwork network, double plaquetteAreaNm2, double plaquetteAreaStdNm2, Material material,
            double gap0J, double rnStiffOhm, double ecEffK, double kappa, double sheetResistanceEffOhm, double rSatOhm,
            double tbktK, double neckWidthNm, double baseTemperatureK, double xyScale, java.util.Optional<CellField> cell,
            double hc2TcK, double hc2Gap0J) {

        /** Without a cell in field. */
        public Inputs(IslandNetwork network, double plaquetteAreaNm2, double plaquetteAreaStdNm2, Material material,
                double gap0J, double rnStiffOhm, double ecEffK, double kappa, double sheetResistanceEffOhm,
                double rSatOhm, double tbktK, double neckWidthNm, double baseTemperatureK, double xyScale) {
            this(network, plaquetteAreaNm2, plaquetteAreaStdNm2, material, gap0J, rnStiffOhm, ecEffK, kappa,
                    sheetResistanceEffOhm, rSatOhm, tbktK, neckWidthNm, baseTemperatureK, xyScale,
                    java.util.Optional.empty(), material.tc0K(), gap0J);
        }
    }

    /** H_c2 at T: the cell's when there is one, else the film/neck-strip formulas on {@code m}. */
    static CriticalFields.Result fieldsAt(Inputs in, double temperatureK) {
        Material m = in.material();
        if (in.cell().isPresent()) {
            return CriticalFields.at(temperatureK, in.cell().get(), m.coherenceLengthNm(), m.thicknessNm(),
                    in.neckWidthNm(), m.spinExchangePar(), 0.0);
        }
        double tc = in.hc2TcK();
        return CriticalFields.at(Math.min(temperatureK, tc), tc, m.coherenceLengthNm(), m.thicknessNm(),
                in.neckWidthNm(), in.hc2Gap0J(), m.spinExchangePar());
    }

    /** T_c(B) at f = k/4 per hole cell from the cell in field; empty without one. */
    static List<FieldResponse.TcPoint> tcOfB(Inputs in) {
        if (in.cell().isEmpty()) {
            return List.of();
        }
        CellField c = in.cell().get();
        double[] flux = CellInField.tcOfBFlux();
        // the nodes are independent solves on first use: both cores, each value the same whichever runs it
        double[] tc = java.util.stream.IntStream.range(0, flux.length).parallel()
                .mapToDouble(k -> c.tcAtNodeK(flux[k])).toArray();
        List<FieldResponse.TcPoint> out = new ArrayList<>();
        for (int k = 0; k < flux.length; k++) {
            out.add(new FieldResponse.TcPoint(flux[k] * c.cellPeriodMT(), flux[k], tc[k]));
        }
        return out;
    }

    public static FieldResponse predict(Inputs in) {
        return predict(in, true);
    }

    /** With {@code curves} false: periods, damping and H_c2 at the base temperature, no curves. */
    public static FieldResponse predict(Inputs in, boolean curves) {
        Material m = in.material();
        double tc = m.tc0K();
        double period = FluxPeriod.periodMT(in.plaquetteAreaNm2());
        double spread = in.plaquetteAreaStdNm2() / in.plaquetteAreaNm2();
        double damping1 = FrustratedBkt.damping(spread);
        OptionalDouble visible = spread > 0
                ? OptionalDouble.of(Math.sqrt(2 * Math.log(10)) / (2 * Math.PI * spread)) : OptionalDouble.empty();

        if (!curves) {
            CriticalFields.Result base = fieldsAt(in, in.baseTemperatureK());
            return new FieldResponse(period, 2 * period, in.plaquetteAreaNm2(), in.plaquetteAreaStdNm2(), spread,
                    damping1, visible, 0, List.of(), List.of(), new Hc2Curve(List.of(), OptionalDouble.empty(), false),
                    base.perpT(), base.parT(), base.anisotropy(), base.perpT() > 0 && base.anisotropy() < 1.0,
                    m.spinExchangePar());
        }
        // T_BKT(f), ideal array, zero-field T_c
        List<FieldResponse.FPoint> tOfF = new ArrayList<>();
        for (int i = 0; i < F_SAMPLES; i++) {
            double f = (double) i / (F_SAMPLES - 1);
            double rho = FrustratedBkt.ratio(in.network(), f);
            tOfF.add(new FieldResponse.FPoint(f, tbkt(in, rho, tc), rho));
        }

        // R(B) at one temperature: between T_BKT at the first half-integer f and at zero field, so that the
        // array is coherent at integer f and not at half-integer f — the oscillation at its largest
        double hFilm0 = CriticalFields.perpFilmT(m.coherenceLengthNm() * Constants.NM);
        double tcHalf = tc * Math.max(0.0, 1.0 - 0.5 * period * 1e-3 / hFilm0);
        double tbktHalf = tbkt(in, FrustratedBkt.dampedRatio(in.network(), 0.5, 0.5 * spread), tcHalf);
        double tR = Math.max(in.baseTemperatureK(), in.tbktK() > 0 ? 0.5 * (tbktHalf + Math.min(in.tbktK(), tc)) : 0.5 * tc);
        List<FieldResponse.BPoint> rOfB = new ArrayList<>();
        int n = PERIODS_SHOWN * SAMPLES_PER_PERIOD;
        for (int i = 0; i <= n; i++) {
            double f = (double) i / SAMPLES_PER_PERIOD;
            double bT = f * period * 1e-3;
            double tcB = tc * Math.max(0.0, 1.0 - bT / hFilm0);
            double rho = FrustratedBkt.dampedRatio(in.network(), f, f * spread);
            rOfB.add(new FieldResponse.BPoint(f * period, f, resistance(in, tcB, tbkt(in, rho, tcB), tR),
                    resistance(in, tcB, tbkt(in, 1.0, tcB), tR)));
        }

        Hc2Curve curve = in.cell().isPresent()
                ? Hc2Curve.of(in.cell().get(), m.coherenceLengthNm(), m.thicknessNm(), in.neckWidthNm(),
                        m.spinExchangePar())
                : Hc2Curve.of(in.hc2TcK(), m.coherenceLengthNm(), m.thicknessNm(), in.neckWidthNm(), in.hc2Gap0J(),
                        m.spinExchangePar());
        CriticalFields.Result base = fieldsAt(in, in.baseTemperatureK());
        FieldResponse response = new FieldResponse(period, 2 * period, in.plaquetteAreaNm2(), in.plaquetteAreaStdNm2(), spread, damping1,
                visible, tR, rOfB, tOfF, curve, base.perpT(), base.parT(), base.anisotropy(),
                base.perpT() > 0 && base.anisotropy() < 1.0, m.spinExchangePar())
                .withTcOfB(tcOfB(in), in.cell().map(CellField::cellPeriodMT).orElse(0.0));
        // the per-hole regime at high field, from the same cell's hole and walls
        if (in.cell().isPresent() && in.neckWidthNm() > 0) {
            CellField c = in.cell().get();
            double b = Double.isInfinite(c.bOverA()) ? c.bOverA() : c.bOverA() * c.pitchNm();
            return response.withHoleLoops(HoleLoopField.of(c.dOverA() * c.pitchNm() / 2, b, in.neckWidthNm(),
                    c.xiGl2Nm2(), c.filmTcK(), c.filmGap0J()));
        }
        return response;
    }

    private static double tbkt(Inputs in, double rho, double tcK) {
        if (!(in.tbktK() > 0) || !(tcK > 0)) {
            return 0.0;
        }
        Material m = in.material();
        return Math.min(tcK, FrustratedBkt.tbktK(in.network(), rho * in.xyScale(), in.rnStiffOhm(), tcK, m.gapRatio(),
                m.sheetResistanceOhm(), in.ecEffK(), in.kappa()));
    }

    private static double resistance(Inputs in, double tcB, double tbktB, double temperatureK) {
        double rEff = in.sheetResistanceEffOhm();
        if (!(tcB > 1e-9 * in.material().tc0K())) {
            return rEff;
        }
        ResistanceCurve.Parameters p = new ResistanceCurve.Parameters(tcB, Math.min(tbktB, tcB), rEff,
                in.material().sheetResistanceOhm(), Math.min(in.rSatOhm(), rEff));
        return ResistanceCurve.sheetResistanceOhm(p, temperatureK);
    }
}
