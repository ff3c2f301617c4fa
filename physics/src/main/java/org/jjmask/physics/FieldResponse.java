package org.jjmask.physics;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The array in a magnetic field (MODEL.md §6), built by {@link FieldPredictor}. Fields in mT or T as
 * named, temperatures in K, resistances in Ω; every number finite (absent values are empty optionals).
 *
 * @param periodMT h/2e period Φ0/S̄ (S̄ the mean plaquette area)
 * @param periodHOverEMT h/e period 2Φ0/S̄, what charge-e carriers would give
 * @param plaquetteAreaMeanNm2 S̄
 * @param plaquetteAreaStdNm2 σ_S over the bulk plaquettes (0 for a periodic lattice)
 * @param frustrationSpreadPerPeriod σ_f at B = ΔB, i.e. σ_S/S̄ (σ_f grows as n·σ_S/S̄ at the n-th period)
 * @param dampingFirstPeriod the fraction of the oscillation amplitude left at the first period,
 *     exp(−(2πσ_S/S̄)²/2) [derived]
 * @param periodsVisible periods before the amplitude falls below 10 %, √(2 ln 10)/(2πσ_S/S̄); empty
 *     when σ_S = 0 (undamped by disorder)
 * @param rOfBTemperatureK the temperature R(B) is computed at
 * @param rOfB sheet resistance versus perpendicular field, with its Little–Parks envelope
 * @param tbktOfF T_BKT versus frustration over one period, ideal array, zero-field T_c
 * @param hc2 H_c2⊥(T), H_c2∥(T) and γ(T)
 * @param hc2PerpBaseT H_c2⊥ at the base temperature
 * @param hc2ParBaseT H_c2∥ at the base temperature
 * @param anisotropyBase γ = H∥/H⊥ at the base temperature (0 when H⊥ = 0)
 * @param reversal γ &lt; 1 at the base temperature: in-plane field kills superconductivity first
 * @param spinExchangePar the material's η∥ used
 * @param saturationInField R_sat of both anomalous-metal mechanisms versus perpendicular and in-plane field
 *     at the base temperature ({@link SaturationInField}; empty without curves)
 * @param tcOfB T_c(B) of the written cell at a quarter flux quantum per hole cell (empty without a cell
 *     or without curves)
 * @param cellPeriodMT Φ0/A_hole, the low-field period of T_c(B) (0 without a cell)
 */
public record FieldResponse(double periodMT, double periodHOverEMT, double plaquetteAreaMeanNm2,
        double plaquetteAreaStdNm2, double frustrationSpreadPerPeriod, double dampingFirstPeriod,
        OptionalDouble periodsVisible, double rOfBTemperatureK, List<BPoint> rOfB, List<FPoint> tbktOfF,
        Hc2Curve hc2, double hc2PerpBaseT, double hc2ParBaseT, double anisotropyBase, boolean reversal,
        double spinExchangePar, SaturationInField saturationInField, List<TcPoint> tcOfB, double cellPeriodMT,
        java.util.Optional<HoleLoopField> holeLoops) {

    /**
     * The array's T_c at one perpendicular field, from the cell's GL eigenvalue.
     *
     * @param fieldMT B (mT)
     * @param fluxPerHole f = B·A_hole/Φ0
     * @param tcK the nucleation temperature at B
     */
    public record TcPoint(double fieldMT, double fluxPerHole, double tcK) {
        public TcPoint {
            Checks.nonNegative("fieldMT", fieldMT);
            Checks.nonNegative("fluxPerHole", fluxPerHole);
            Checks.nonNegative("tcK", tcK);
        }
    }

    /** Without T_c(B) (no cell in field). */
    public FieldResponse(double periodMT, double periodHOverEMT, double plaquetteAreaMeanNm2,
            double plaquetteAreaStdNm2, double frustrationSpreadPerPeriod, double dampingFirstPeriod,
            OptionalDouble periodsVisible, double rOfBTemperatureK, List<BPoint> rOfB, List<FPoint> tbktOfF,
            Hc2Curve hc2, double hc2PerpBaseT, double hc2ParBaseT, double anisotropyBase, boolean reversal,
            double spinExchangePar, SaturationInField saturationInField) {
        this(periodMT, periodHOverEMT, plaquetteAreaMeanNm2, plaquetteAreaStdNm2, frustrationSpreadPerPeriod,
                dampingFirstPeriod, periodsVisible, rOfBTemperatureK, rOfB, tbktOfF, hc2, hc2PerpBaseT, hc2ParBaseT,
                anisotropyBase, reversal, spinExchangePar, saturationInField, List.of(), 0.0, java.util.Optional.empty());
    }

    /** This response with the cell's T_c(B) and its period Φ0/A_hole (mT). */
    public FieldResponse withTcOfB(List<TcPoint> points, double periodMT) {
        return new FieldResponse(this.periodMT, periodHOverEMT, plaquetteAreaMeanNm2, plaquetteAreaStdNm2,
                frustrationSpreadPerPeriod, dampingFirstPeriod, periodsVisible, rOfBTemperatureK, rOfB, tbktOfF, hc2,
                hc2PerpBaseT, hc2ParBaseT, anisotropyBase, reversal, spinExchangePar, saturationInField, points,
                periodMT, holeLoops);
    }

    /** This response with the isolated-hole loop states at high field. */
    public FieldResponse withHoleLoops(HoleLoopField loops) {
        return new FieldResponse(periodMT, periodHOverEMT, plaquetteAreaMeanNm2, plaquetteAreaStdNm2,
                frustrationSpreadPerPeriod, dampingFirstPeriod, periodsVisible, rOfBTemperatureK, rOfB, tbktOfF, hc2,
                hc2PerpBaseT, hc2ParBaseT, anisotropyBase, reversal, spinExchangePar, saturationInField, tcOfB,
                cellPeriodMT, java.util.Optional.of(loops));
    }

    /**
     * R at one field.
     *
     * @param fieldMT B (mT)
     * @param frustration mean f = B/ΔB
     * @param sheetResistanceOhm R□(B)
     * @param envelopeOhm R□ with the frustration removed (integer f everywhere): the Little–Parks
     *     envelope through the minima
     */
    public record BPoint(double fieldMT, double frustration, double sheetResistanceOhm, double envelopeOhm) {
        public BPoint {
            Checks.nonNegative("fieldMT", fieldMT);
            Checks.nonNegative("frustration", frustration);
            Checks.nonNegative("sheetResistanceOhm", sheetResistanceOhm);
            Checks.nonNegative("envelopeOhm", envelopeOhm);
        }
    }

    /**
     * T_BKT at one frustration.
     *
     * @param frustration f
     * @param tbktK T_BKT(f)
     * @param ratio c(f)/c(0)
     */
    public record FPoint(double frustration, double tbktK, double ratio) {
        public FPoint {
            Checks.nonNegative("frustration", frustration);
            Checks.nonNegative("tbktK", tbktK);
            Checks.nonNegative("ratio", ratio);
        }
    }

    public FieldResponse {
        Checks.finite("periodMT", periodMT);
        Checks.finite("periodHOverEMT", periodHOverEMT);
        Checks.finite("plaquetteAreaMeanNm2", plaquetteAreaMeanNm2);
        Checks.nonNegative("plaquetteAreaStdNm2", plaquetteAreaStdNm2);
        Checks.nonNegative("frustrationSpreadPerPeriod", frustrationSpreadPerPeriod);
        Checks.nonNegative("dampingFirstPeriod", dampingFirstPeriod);
        Checks.nonNegative("rOfBTemperatureK", rOfBTemperatureK);
        rOfB = List.copyOf(rOfB);
        tbktOfF = List.copyOf(tbktOfF);
        java.util.Objects.requireNonNull(hc2, "hc2");
        java.util.Objects.requireNonNull(periodsVisible, "periodsVisible");
        Checks.nonNegative("hc2PerpBaseT", hc2PerpBaseT);
        Checks.nonNegative("hc2ParBaseT", hc2ParBaseT);
        Checks.nonNegative("anisotropyBase", anisotropyBase);
        Checks.nonNegative("spinExchangePar", spinExchangePar);
        java.util.Objects.requireNonNull(saturationInField, "saturationInField");
        tcOfB = List.copyOf(tcOfB);
        Checks.nonNegative("cellPeriodMT", cellPeriodMT);
    }

    /** Without R_sat in field (computed by {@link Predictor}, which adds it with {@link #withSaturation}). */
    public FieldResponse(double periodMT, double periodHOverEMT, double plaquetteAreaMeanNm2,
            double plaquetteAreaStdNm2, double frustrationSpreadPerPeriod, double dampingFirstPeriod,
            OptionalDouble periodsVisible, double rOfBTemperatureK, List<BPoint> rOfB, List<FPoint> tbktOfF,
            Hc2Curve hc2, double hc2PerpBaseT, double hc2ParBaseT, double anisotropyBase, boolean reversal,
            double spinExchangePar) {
        this(periodMT, periodHOverEMT, plaquetteAreaMeanNm2, plaquetteAreaStdNm2, frustrationSpreadPerPeriod,
                dampingFirstPeriod, periodsVisible, rOfBTemperatureK, rOfB, tbktOfF, hc2, hc2PerpBaseT, hc2ParBaseT,
                anisotropyBase, reversal, spinExchangePar, SaturationInField.none());
    }

    /** This response with R_sat in field. */
    public FieldResponse withSaturation(SaturationInField s) {
        return new FieldResponse(periodMT, periodHOverEMT, plaquetteAreaMeanNm2, plaquetteAreaStdNm2,
                frustrationSpreadPerPeriod, dampingFirstPeriod, periodsVisible, rOfBTemperatureK, rOfB, tbktOfF, hc2,
                hc2PerpBaseT, hc2ParBaseT, anisotropyBase, reversal, spinExchangePar, s, tcOfB, cellPeriodMT,
                holeLoops);
    }

    /** Only the periods and the fields at the base temperature: no curves (for hand-built predictions). */
    public static FieldResponse periodsOnly(double periodMT, double periodHOverEMT, double hc2PerpT, double hc2ParT) {
        double s = periodMT > 0 ? Constants.PHI0 / (periodMT * 1e-3) / (Constants.NM * Constants.NM) : 0.0;
        return new FieldResponse(periodMT, periodHOverEMT, s, 0, 0, 1, OptionalDouble.empty(), 0, List.of(), List.of(),
                new Hc2Curve(List.of(), OptionalDouble.empty(), false), hc2PerpT, hc2ParT,
                hc2PerpT > 0 ? hc2ParT / hc2PerpT : 0, hc2PerpT > 0 && hc2ParT < hc2PerpT, 0);
    }
}
