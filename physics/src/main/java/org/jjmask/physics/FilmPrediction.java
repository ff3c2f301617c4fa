package org.jjmask.physics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the unpatterned film alone does, for a design in which no hole is written: there is no
 * array, so no junction, charging energy or flux period, only the film's own transitions and
 * critical fields. Energies in kelvin, fields in T.
 *
 * @param tcK the film's mean-field T_c (T_c0, or Finkel'stein's suppression when the model asks for it)
 * @param tbktK the film's own BKT transition ({@link BktTransition#filmK})
 * @param gap0MeV Δ(0) of the film, meV
 * @param hc2PerpT perpendicular H_c2 of the film at the base temperature (no neck strip), orbital ⊕ Pauli
 * @param hc2ParT parallel H_c2 of the film at the base temperature
 * @param phase at the base temperature
 * @param phaseCriterion the criterion that decided, in words with numbers
 * @param rOfT the film's sheet resistance against temperature (Halperin–Nelson fluctuations above T_BKT)
 */
public record FilmPrediction(double tcK, double tbktK, double gap0MeV, double hc2PerpT, double hc2ParT,
        double sheetResistanceOhm, Phase phase, String phaseCriterion, List<RtPoint> rOfT, List<Citation> citations) {

    public FilmPrediction {
        Checks.finite("tcK", tcK);
        Checks.finite("tbktK", tbktK);
        Checks.finite("gap0MeV", gap0MeV);
        Checks.finite("hc2PerpT", hc2PerpT);
        Checks.finite("hc2ParT", hc2ParT);
        rOfT = List.copyOf(rOfT);
        citations = List.copyOf(citations);
    }

    /**
     * The plain film under the same material, conditions and model options a design pass uses.
     *
     * <p>T_BKT of the unpatterned film: the universal jump of the dirty film's sheet stiffness,
     * Beasley, Mooij &amp; Orlando, PRL 42, 1165 (1979) — (T_c0 − T_BKT)/T_c0 = 0.173 R_□ e²/ħ — and
     * Halperin &amp; Nelson, J. Low Temp. Phys. 36, 599 (1979), who derive the same relation and the
     * resistance above T_BKT; {@link BktTransition#filmK} blends to the self-consistent jump at large R_□.
     * H_c2: Tinkham ch. 4 (orbital, thin film ⊥ and slab ∥) with the Pauli limit ({@link CriticalFields#at}).
     * The phase when the film does not order: insulating at R_□ ≥ R_Q = h/4e², the thin-film SIT's
     * observed threshold (Haviland, Liu &amp; Goldman, PRL 62, 2180 (1989)), else metallic [pheno: the
     * split at R_Q is the empirical one; a film between is not modelled further].
     */
    public static FilmPrediction of(Material material, Conditions conditions, ModelOptions options) {
        List<Citation> cites = new ArrayList<>();
        double tcGiven = material.tc0K();
        double tc = options.filmTc().tcK(tcGiven, material.sheetResistanceOhm());
        if (options.filmTc() instanceof FilmTcModel.Finkelstein) {
            cites.add(Citations.FINKELSTEIN);
        }
        double rs = material.sheetResistanceOhm();
        double base = conditions.baseTemperatureK();
        double tbkt = tc > 0 ? BktTransition.filmK(tc, rs, material.gapRatio()) : 0.0;
        cites.add(Citations.BEASLEY_MOOIJ_ORLANDO);
        cites.add(Citations.HALPERIN_NELSON);
        double gap0J = tc > 0 ? BcsGap.gap0J(tc, material.gapRatio()) : 0.0;
        double perp = 0;
        double par = 0;
        if (tc > 0 && base < tc) {
            CriticalFields.Result hc = CriticalFields.at(base, tc, material.coherenceLengthNm(), material.thicknessNm(),
                    Double.NaN, gap0J, material.spinExchangePar());
            perp = hc.perpT();
            par = hc.parT();
            cites.add(Citations.GL_CRITICAL_FIELDS);
        }
        Phase phase;
        String criterion;
        if (tbkt > base) {
            phase = Phase.SUPERCONDUCTOR;
            criterion = String.format(Locale.ROOT, "superconductor: the plain film's T_BKT = %.4g K > T_base = %.4g K "
                    + "(no holes: no array)", tbkt, base);
        } else if (rs >= Constants.RQ) {
            phase = Phase.INSULATOR;
            criterion = String.format(Locale.ROOT, "insulator: the plain film does not order above T_base = %.4g K and "
                    + "R_sq = %.4g ohm >= R_Q = %.4g ohm (no holes: no array)", base, rs, Constants.RQ);
        } else {
            phase = Phase.ANOMALOUS_METAL;
            criterion = String.format(Locale.ROOT, "metal: the plain film does not order above T_base = %.4g K and "
                    + "R_sq = %.4g ohm < R_Q = %.4g ohm (no holes: no array)", base, rs, Constants.RQ);
        }
        List<RtPoint> rOfT = tc > 0
                ? ResistanceCurve.curve(new ResistanceCurve.Parameters(tc, Math.min(tbkt, tc), rs, rs, 0.0), base)
                : List.of(new RtPoint(base, rs));
        return new FilmPrediction(tc, tbkt, gap0J / Constants.E * 1e3, perp, par, rs, phase, criterion, rOfT, cites);
    }
}
