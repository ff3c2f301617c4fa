package org.jjmask.physics;

import java.util.function.Supplier;

/**
 * A warning attached to a prediction: which model was stretched or which assumption was used.
 * The codes the physics module emits are the constants below.
 *
 * <p>The message may be given as a {@link Supplier} or {@link #formatted}, formatted when first read: a chip's uncertainty
 * draws make hundreds of thousands of predictions whose words nobody reads, and formatting them was
 * a sixth of the chip's time. Equality, hash and {@link #toString} are those of the formatted text.
 */
public final class ValidityFlag {

    private final String code;
    private final Supplier<String> text;
    /** Formatted once on demand; a race formats the same text twice, never a different one. */
    private volatile String message;

    /**
     * Electrical porosity above 0.3: Maxwell-Garnett loses accuracy (≈2 % at D/a = 0.8, 6 % at 0.9).
     * Raised only by the model that uses it ({@link SheetResistance}).
     */
    public static final String MG_HIGH_POROSITY = "mg_high_porosity";
    /**
     * Effective neck narrower than a quarter of the effective hole diameter: R_N is dominated by the
     * constriction and sensitive to the neck width (and to edge damage).
     */
    public static final String NARROW_NECK = "narrow_neck";
    /**
     * The necks limit R_N beyond Maxwell-Garnett: in {@link SheetResistance} R_N is then set by the
     * neck-channel integral; in {@link LaplaceSheetResistance} the solved R_N exceeds the
     * Maxwell-Garnett value by more than {@link LaplaceSheetResistance#NECK_LIMIT_EXCESS}.
     */
    /** The network is disordered: its stiffness, not its mean junction, sets E_J and T_BKT. */
    public static final String DISORDERED_NETWORK = "disordered_network";

    /** k_B T_BKT/E_J measured by the XY Monte Carlo on the design's own network ({@code model.tbkt: monte_carlo}). */
    public static final String MONTE_CARLO_XY = "monte_carlo_xy";

    /** E_J scaled from Ambegaokar–Baratoff's (Kulik–Omelyanchuk clean constriction). */
    public static final String CLEAN_CONSTRICTION = "clean_constriction";

    /** Necks much wider than ξ: film-like, the array picture is weak. */
    public static final String FILM_LIKE_NECKS = "film_like_necks";

    /** Necks narrower than ξ: one-dimensional weak links. */
    public static final String NECK_BELOW_XI = "neck_below_xi";

    /** E_C comparable to E_J. */
    public static final String EC_COMPARABLE_EJ = "ec_comparable_ej";

    /** T_BKT within 1 % of T_c0: no visible second stage. */
    public static final String NO_SECOND_STAGE = "no_second_stage";

    /** Outside the parameter range of the cited sources. */
    public static final String EXTRAPOLATED = "extrapolated";

    public static final String NECK_LIMITED_RN = "neck_limited_rn";
    /** Electrical porosity clamped to keep R_□,eff finite (Maxwell-Garnett model). */
    public static final String POROSITY_CLAMPED = "porosity_clamped";
    /** Edge damage reduced the neck and widened the holes electrically. */
    public static final String EDGE_DAMAGE = "edge_damage";
    /** Edge damage consumed the whole neck: the film is cut into pieces; numbers are clamped. */
    public static final String NECKS_DESTROYED = "necks_destroyed";
    /**
     * The holes are not circles (the neck differs from that of circles with the same porosity): the
     * Laplace solve needs their outline, which {@link ArrayGeometry} does not carry, so the
     * Maxwell-Garnett/neck model was used.
     */
    public static final String NONCIRCULAR_HOLES = "noncircular_holes";
    /** The junction (mutual) capacitance is an order-of-magnitude coplanar-strip estimate. */
    public static final String JUNCTION_CAPACITANCE_ESTIMATE = "junction_capacitance_estimate";
    /** The dice-network XY constant is an estimate, not a published or Monte-Carlo value. */
    public static final String DICE_XY_ESTIMATE = "dice_xy_estimate";
    /** Charging (E_C) lowered T_BKT through the quantum-fluctuation phenomenology. */
    public static final String QUANTUM_CORRECTION = "quantum_correction";
    /** R_N &lt; R_Q: charging screened by the normal conductance (dissipative phenomenology). */
    public static final String CHARGING_SCREENED = "charging_screened";
    /** No phase coherence: T_BKT reported as 0. */
    public static final String NO_COHERENCE = "no_coherence";
    /** The array T_BKT was capped at the unpatterned film's BKT temperature. */
    public static final String TBKT_CAPPED_BY_FILM = "tbkt_capped_by_film";
    /** The film BKT is outside the small-R_□ range of the Beasley–Mooij–Orlando formula. */
    public static final String FILM_BKT_LARGE_RS = "film_bkt_large_rs";
    /** R_sat comes from the one-parameter quantum-phase-slip phenomenology. */
    public static final String RSAT_PHENOMENOLOGICAL = "rsat_phenomenological";
    /** Insulator: R(T) is drawn saturating; the insulating upturn is not modelled. */
    public static final String INSULATOR_UPTURN_NOT_MODELLED = "insulator_upturn_not_modelled";
    /** The base temperature is at or above T_c onset: the film is a normal metal there. */
    public static final String NORMAL_STATE = "normal_state";
    /** The perpendicular H_c2 uses the neck-strip formula (w &lt; √12 ξ). */
    public static final String HC2_NECK_STRIP = "hc2_neck_strip";
    /** Pauli limiting reduces an upper critical field by more than 10 %. */
    public static final String HC2_PAULI_LIMITED = "hc2_pauli_limited";
    /** γ = H∥/H⊥ &lt; 1: the anisotropy is reversed. */
    public static final String HC2_REVERSAL = "hc2_reversal";
    /**
     * A second-order H_c2(T) line peaks above T = 0 (Pauli-limited, no spin–orbit scattering): below the peak the
     * transition is first order (Sarma 1963; Maki &amp; Tsuneto 1964) and the reported field a lower bound.
     */
    public static final String HC2_FIRST_ORDER_REGION = "hc2_first_order_region";
    /** Film thicker than the thin-film limit: H∥ uses the surface-nucleation bound 1.695·H_c2. */
    public static final String HC2_THICK_FILM = "hc2_thick_film";
    /** The in-plane Pauli limit carries the material's phenomenological exchange term η∥. */
    public static final String SPIN_EXCHANGE_PHENOMENOLOGICAL = "spin_exchange_phenomenological";
    /** T_BKT(f = ½) of the network is a guess, not a published value (dice). */
    public static final String FRUSTRATED_XY_GUESS = "frustrated_xy_guess";
    /** The gap was scaled from weak-coupling BCS by the material's 2Δ0/k_BT_c over 3.528. */
    public static final String STRONG_COUPLING_SCALED = "strong_coupling_scaled";

    /** De Gennes walls lower the patterned film's onset below T_c0 (linearised GL on the unit cell). */
    public static final String ONSET_SUPPRESSED = "onset_suppressed";
    /** The necks pair below the onset: their own T_c sets E_J (two stages from the geometry). */
    public static final String NECK_TC = "neck_tc";

    /** The film's T_c was moved by its disorder along Finkel'stein's T_c(R_□) (lowered, or raised for a film cleaner than the one T_c0 is quoted for). */
    public static final String FILM_TC_DISORDER = "film_tc_disorder";

    /**
     * @param code stable snake_case code
     * @param message what happened, with numbers
     */
    public ValidityFlag(String code, String message) {
        Checks.text("code", code);
        Checks.text("message", message);
        this.code = code;
        this.text = null;
        this.message = message;
    }

    /** The message formatted when first read. */
    public ValidityFlag(String code, Supplier<String> message) {
        Checks.text("code", code);
        this.code = code;
        this.text = java.util.Objects.requireNonNull(message, "message");
    }

    /** The message {@code String.format(Locale.ROOT, format, args)}, formatted when first read. */
    public static ValidityFlag formatted(String code, String format, Object... args) {
        return new ValidityFlag(code, () -> String.format(java.util.Locale.ROOT, format, args));
    }

    /** The stable snake_case code. */
    public String code() {
        return code;
    }

    /** What happened, with numbers. */
    public String message() {
        String m = message;
        if (m == null) {
            m = text.get();
            Checks.text("message", m);
            message = m;
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidityFlag f && f.code.equals(code) && f.message().equals(message());
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + message().hashCode();
    }

    @Override
    public String toString() {
        return "ValidityFlag[code=" + code + ", message=" + message() + "]";
    }
}
