package org.jjmask.physics;

import java.util.List;
import java.util.Objects;

/**
 * What the physics predicts for one array. Energies in kelvin (E/k_B), resistances in Ω, fields in
 * T or mT as named. Every number is finite (the constructor checks it): where a model has no answer
 * the value is clamped and a {@link ValidityFlag} says so.
 *
 * @param sheetResistanceEffOhm R_□,eff of the patterned film (normal state)
 * @param rnOhm R_N of one junction
 * @param gap0MeV Δ(0) in meV
 * @param ejK E_J(T=0)/k_B
 * @param ecK E_C/k_B = e²/(2C k_B), single-electron charging energy
 * @param ejOverEc E_J(0)/E_C
 * @param capacitanceF island capacitance used for E_C, C = C_g + z·C_J
 * @param tcOnsetK T_c onset (local pairing, the film's T_c0)
 * @param tbktFilmK unpatterned film's BKT (Beasley–Mooij–Orlando), reference
 * @param tbktK array T_BKT; 0 when there is no coherence
 * @param rSatOhm anomalous-metal saturation sheet resistance below T_BKT (0 when superconducting)
 * @param phase phase at the base temperature
 * @param phaseCriterion the criterion that decided, in words with numbers
 * @param periodMT h/2e period Φ0/S_plaquette in mT
 * @param periodHOverEMT h/e period (2×) in mT
 * @param hc2PerpT perpendicular upper critical field at the base temperature, orbital ⊕ Pauli
 * @param hc2ParT parallel upper critical field at the base temperature, orbital ⊕ Pauli
 * @param rOfT sheet resistance vs temperature, ascending in T, from the base temperature to ~1.5·T_c0,
 *     non-increasing as T falls
 * @param flags validity flags of the models used
 * @param citations sources of the models used
 * @param field the field response: periods and their damping, T_BKT(f), R(B), H_c2(T) and γ(T)
 * @param nucleation where the film pairs: the unit cell's onset and the necks' own T_c (linearised GL)
 * @param phaseModel the shunt, the one charging energy and the anomalous-metal mechanism behind the phase
 * @param filmFields the unpatterned film's own H_c2 at the base temperature (WHH/Maki, no necks)
 */
public record Prediction(
        double sheetResistanceEffOhm,
        double rnOhm,
        double gap0MeV,
        double ejK,
        double ecK,
        double ejOverEc,
        double capacitanceF,
        double tcOnsetK,
        double tbktFilmK,
        double tbktK,
        double rSatOhm,
        Phase phase, String phaseCriterion,
        double periodMT,
        double periodHOverEMT,
        double hc2PerpT, double hc2ParT,
        List<RtPoint> rOfT,
        List<ValidityFlag> flags, List<Citation> citations, FieldResponse field, Nucleation nucleation,
        PhaseModel phaseModel, CriticalFields.Result filmFields) {

    /** Without the film's own fields. */
    public Prediction(double sheetResistanceEffOhm, double rnOhm, double gap0MeV, double ejK, double ecK,
            double ejOverEc, double capacitanceF, double tcOnsetK, double tbktFilmK, double tbktK, double rSatOhm,
            Phase phase, String phaseCriterion, double periodMT, double periodHOverEMT, double hc2PerpT,
            double hc2ParT, List<RtPoint> rOfT, List<ValidityFlag> flags, List<Citation> citations, FieldResponse field,
            Nucleation nucleation, PhaseModel phaseModel) {
        this(sheetResistanceEffOhm, rnOhm, gap0MeV, ejK, ecK, ejOverEc, capacitanceF, tcOnsetK, tbktFilmK, tbktK,
                rSatOhm, phase, phaseCriterion, periodMT, periodHOverEMT, hc2PerpT, hc2ParT, rOfT, flags, citations,
                field, nucleation, phaseModel, new CriticalFields.Result(0, 0, 0, 0, 0, false, false, 0));
    }

    /** Without the phase model's details. */
    public Prediction(double sheetResistanceEffOhm, double rnOhm, double gap0MeV, double ejK, double ecK,
            double ejOverEc, double capacitanceF, double tcOnsetK, double tbktFilmK, double tbktK, double rSatOhm,
            Phase phase, String phaseCriterion, double periodMT, double periodHOverEMT, double hc2PerpT,
            double hc2ParT, List<RtPoint> rOfT, List<ValidityFlag> flags, List<Citation> citations, FieldResponse field,
            Nucleation nucleation) {
        this(sheetResistanceEffOhm, rnOhm, gap0MeV, ejK, ecK, ejOverEc, capacitanceF, tcOnsetK, tbktFilmK, tbktK,
                rSatOhm, phase, phaseCriterion, periodMT, periodHOverEMT, hc2PerpT, hc2ParT, rOfT, flags, citations,
                field, nucleation, PhaseModel.none());
    }

    /** Clean walls: the onset is the film's T_c0 and the necks pair with it. */
    public Prediction(double sheetResistanceEffOhm, double rnOhm, double gap0MeV, double ejK, double ecK,
            double ejOverEc, double capacitanceF, double tcOnsetK, double tbktFilmK, double tbktK, double rSatOhm,
            Phase phase, String phaseCriterion, double periodMT, double periodHOverEMT, double hc2PerpT,
            double hc2ParT, List<RtPoint> rOfT, List<ValidityFlag> flags, List<Citation> citations, FieldResponse field) {
        this(sheetResistanceEffOhm, rnOhm, gap0MeV, ejK, ecK, ejOverEc, capacitanceF, tcOnsetK, tbktFilmK, tbktK,
                rSatOhm, phase, phaseCriterion, periodMT, periodHOverEMT, hc2PerpT, hc2ParT, rOfT, flags, citations,
                field, Nucleation.clean(Math.max(tcOnsetK, Double.MIN_NORMAL)));
    }

    /** Without curves in field: only the periods and the base-temperature fields. */
    public Prediction(double sheetResistanceEffOhm, double rnOhm, double gap0MeV, double ejK, double ecK,
            double ejOverEc, double capacitanceF, double tcOnsetK, double tbktFilmK, double tbktK, double rSatOhm,
            Phase phase, String phaseCriterion, double periodMT, double periodHOverEMT, double hc2PerpT,
            double hc2ParT, List<RtPoint> rOfT, List<ValidityFlag> flags, List<Citation> citations) {
        this(sheetResistanceEffOhm, rnOhm, gap0MeV, ejK, ecK, ejOverEc, capacitanceF, tcOnsetK, tbktFilmK, tbktK,
                rSatOhm, phase, phaseCriterion, periodMT, periodHOverEMT, hc2PerpT, hc2ParT, rOfT, flags, citations,
                FieldResponse.periodsOnly(periodMT, periodHOverEMT, hc2PerpT, hc2ParT));
    }

    /** Validates: no null, every number finite; copies the lists (immutable). */
    public Prediction {
        Checks.finite("sheetResistanceEffOhm", sheetResistanceEffOhm);
        Checks.finite("rnOhm", rnOhm);
        Checks.finite("gap0MeV", gap0MeV);
        Checks.finite("ejK", ejK);
        Checks.finite("ecK", ecK);
        Checks.finite("ejOverEc", ejOverEc);
        Checks.finite("capacitanceF", capacitanceF);
        Checks.finite("tcOnsetK", tcOnsetK);
        Checks.finite("tbktFilmK", tbktFilmK);
        Checks.finite("tbktK", tbktK);
        Checks.finite("rSatOhm", rSatOhm);
        Objects.requireNonNull(phase, "phase");
        Checks.text("phaseCriterion", phaseCriterion);
        Checks.finite("periodMT", periodMT);
        Checks.finite("periodHOverEMT", periodHOverEMT);
        Checks.finite("hc2PerpT", hc2PerpT);
        Checks.finite("hc2ParT", hc2ParT);
        rOfT = List.copyOf(rOfT);
        flags = List.copyOf(flags);
        citations = List.copyOf(citations);
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(nucleation, "nucleation");
        Objects.requireNonNull(phaseModel, "phaseModel");
        Objects.requireNonNull(filmFields, "filmFields");
    }

    /** The necks' own T_c (the film's onset for clean walls). */
    public double tcNeckK() {
        return nucleation.suppressed() ? Math.min(nucleation.neckTcK(), tcOnsetK) : tcOnsetK;
    }

    /** γ = H∥/H⊥ at the base temperature; 0 when H⊥ is 0. */
    public double hc2Anisotropy() {
        return hc2PerpT > 0 ? hc2ParT / hc2PerpT : 0.0;
    }

    /** Whether a flag with this code is present. */
    public boolean hasFlag(String code) {
        return flags.stream().anyMatch(f -> f.code().equals(code));
    }
}
