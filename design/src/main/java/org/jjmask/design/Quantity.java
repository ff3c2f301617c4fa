package org.jjmask.design;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.jjmask.physics.Prediction;

/**
 * The predicted quantities, declared once: JSON key, unit, the report's label, how to read it off a
 * prediction, and where it may appear — as an optimisation target, as a sweep column. The JSON
 * summary, the report's table, the sweep's CSV header and the target section all read this list.
 * Declaration order is the summary's order; {@link #targets()} keeps the order targets are listed in.
 */
public enum Quantity {
    SHEET_RESISTANCE_EFF("sheet_resistance_eff_ohm", "Ω", "patterned sheet resistance R_{□,eff}", Group.NORMAL_STATE,
            0, 0, false, Prediction::sheetResistanceEffOhm),
    RN("rn_ohm", "Ω", "junction normal resistance R_{N}", Group.NORMAL_STATE, 3, 1e9, true, Prediction::rnOhm),
    GAP0("gap0_meV", "meV", "superconducting gap Δ(0)", Group.NORMAL_STATE, 0, 0, false, Prediction::gap0MeV),
    EJ("ej_K", "K", "Josephson energy E_{J} (T = 0)", Group.JOSEPHSON, 0, 0, true, Prediction::ejK),
    EC("ec_K", "K", "charging energy E_{C}", Group.JOSEPHSON, 0, 0, true, Prediction::ecK),
    EJ_OVER_EC("ej_over_ec", "", "E_{J} / E_{C}", Group.JOSEPHSON, 4, 1e9, true, Prediction::ejOverEc),
    CAPACITANCE("capacitance_fF", "fF", "island capacitance C", Group.JOSEPHSON, 0, 0, false,
            p -> p.capacitanceF() * 1e15),
    TC_ONSET("tc_onset_K", "K", "onset T_{c} (islands go superconducting)", Group.TRANSITIONS, 2, 1000, true,
            Prediction::tcOnsetK),
    TBKT_FILM("tbkt_film_K", "K", "T_{BKT} of the unpatterned film", Group.TRANSITIONS, 0, 0, false,
            Prediction::tbktFilmK),
    TBKT("tbkt_K", "K", "T_{BKT} of the array (R → 0)", Group.TRANSITIONS, 1, 1000, true, Prediction::tbktK),
    RSAT("rsat_ohm", "Ω", "saturation resistance R_{sat} (metallic phase)", Group.TRANSITIONS, 0, 0, false,
            Prediction::rSatOhm),
    PERIOD("period_mT", "mT", "h/2e period, perpendicular field", Group.FIELD, 5, 1e6, true, Prediction::periodMT),
    PERIOD_H_OVER_E("period_h_over_e_mT", "mT", "h/e period", Group.FIELD, 0, 0, false, Prediction::periodHOverEMT),
    HC2_PERP("hc2_perp_T", "T", "upper critical field H_{c2,⊥}", Group.FIELD, 0, 0, true, Prediction::hc2PerpT),
    HC2_PAR("hc2_par_T", "T", "upper critical field H_{c2,∥}", Group.FIELD, 0, 0, true, Prediction::hc2ParT);

    /** The report's groups of the headline table, in its order. */
    public enum Group {
        NORMAL_STATE("Normal state"), JOSEPHSON("Josephson array"), TRANSITIONS("Transitions"),
        FIELD("Magnetic field");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final String key;
    private final String unit;
    private final String label;
    private final Group group;
    private final int targetRank;
    private final double targetMax;
    private final boolean sweepColumn;
    private final ToDoubleFunction<Prediction> getter;

    /**
     * @param targetRank  its place among the targets (1 first), 0 when it cannot be one
     * @param targetMax   the largest value a target may ask for (targets start at 0)
     */
    Quantity(String key, String unit, String label, Group group, int targetRank, double targetMax, boolean sweepColumn,
            ToDoubleFunction<Prediction> getter) {
        this.key = key;
        this.unit = unit;
        this.label = label;
        this.group = group;
        this.targetRank = targetRank;
        this.targetMax = targetMax;
        this.sweepColumn = sweepColumn;
        this.getter = getter;
    }

    /** The JSON (and target, and CSV) key. */
    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    /** The report's label, with {@code _{…}} subscripts. */
    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }

    /** Whether {@code target:} may name it. */
    public boolean isTarget() {
        return targetRank > 0;
    }

    /** The largest value a target may ask for. */
    public double targetMax() {
        return targetMax;
    }

    /** Whether the sweep CSV has a column for it. */
    public boolean isSweepColumn() {
        return sweepColumn;
    }

    /** Its value in a prediction. */
    public double of(Prediction p) {
        return getter.applyAsDouble(p);
    }

    /** The quantities a target may name, in the order a target lists them. */
    public static List<Quantity> targets() {
        return Arrays.stream(values()).filter(Quantity::isTarget).sorted(Comparator.comparingInt(q -> q.targetRank))
                .toList();
    }

    /** The sweep's physics columns, in order (the phase stands before {@link #PERIOD}). */
    public static List<Quantity> sweepColumns() {
        return Arrays.stream(values()).filter(Quantity::isSweepColumn).toList();
    }

    public static Optional<Quantity> byKey(String key) {
        return Arrays.stream(values()).filter(q -> q.key.equals(key)).findFirst();
    }
}
