package org.jjmask.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.util.MathArrays;
import org.jjmask.physics.InputRange;
import org.jjmask.physics.Phase;
import org.jjmask.physics.Prediction;
import org.jjmask.physics.PresetRanges;
import org.jjmask.physics.Presets;
import org.jjmask.physics.SpinExchangeFit;

/**
 * What the prediction's inputs leave open (issue 12): a seeded Latin hypercube over the ranges of
 * the film's numbers, the substrate's ε_r, a milled process's wall numbers (dead edge and de Gennes' b,
 * {@link PresetRanges#fabrication}) and the model's parameters ({@link #inputs}), each draw
 * predicted by a given predictor (the design pass's own geometry, or the cheap unit-cell path),
 * giving each {@link Quantity} its 16–84 % interval and each phase its probability.
 *
 * <p>Each range is read as a triangular distribution with its mode at the value used [pheno: the
 * sources give ends, not a shape; the value the spec or preset uses is taken as the likeliest].
 * The capacitance's factor-2 uncertainty is drawn as a scale s of C: both C_g and C_J are
 * ∝ (ε_s + 1)/2 ({@link org.jjmask.physics.ChargingEnergy}), so scaling C by s is exactly ε_s →
 * s(ε_s + 1) − 1 (held ≥ 1) — valid while ε_s enters only there.
 *
 * <p>{@value #DRAWS} draws: a Latin hypercube puts exactly one draw in each of N equal-probability
 * strata of every input, so a quantity governed by one input has its 16 and 84 % quantiles within
 * 1/N = 0.8 % of probability of the exact ones; for a quantity mixing inputs the error is at most
 * plain Monte Carlo's √(p(1−p)/N) = 3 % of probability, which moves an interval's end by less than
 * a tenth of its width at a triangular input. Same spec and seed (fabrication.seed), same draws at
 * any thread count: the design matrix is drawn on one thread, the predictions are independent.
 *
 * @param draws            the number of draws predicted
 * @param seed             the seed of the design matrix
 * @param inputs           what was drawn, with its range
 * @param intervals        the 16 % and 84 % quantiles of each quantity over the draws
 * @param phaseProbability the share of draws in each phase
 * @param samples          each draw's prediction, in draw order (for a goal's probability)
 */
public record Uncertainty(int draws, long seed, List<Input> inputs, Map<Quantity, Interval> intervals,
        Map<Phase, Double> phaseProbability, List<Prediction> samples) {

    /** Draws of a design pass. */
    public static final int DRAWS = 128;
    /** The interval's quantiles: ±1σ of a normal distribution. */
    public static final double LOW_QUANTILE = 0.16;
    public static final double HIGH_QUANTILE = 0.84;
    /** Mixed into fabrication.seed so the draws are not those of the hole disorder. */
    static final long SEED_MIX = 0x7F4A7C15_9E3779B9L;

    /** Nothing propagated (no ranges, or a pass that did not ask). */
    public static final Uncertainty NONE = new Uncertainty(0, 0, List.of(), Map.of(), Map.of(), List.of());

    public Uncertainty {
        inputs = List.copyOf(inputs);
        intervals = Collections.unmodifiableMap(new LinkedHashMap<>(intervals));
        phaseProbability = Collections.unmodifiableMap(new LinkedHashMap<>(phaseProbability));
        samples = List.copyOf(samples);
    }

    /** A 16–84 % interval. */
    public record Interval(double low, double high) {}

    /**
     * One drawn input: its dotted spec key ({@code material.tc0_K}, {@code model.capacitance_scale}),
     * the value the design uses, and its range.
     */
    public record Input(String key, double value, InputRange range) {}

    /** Whether anything was propagated. */
    public boolean present() {
        return draws > 0;
    }

    public Optional<Interval> interval(Quantity q) {
        return Optional.ofNullable(intervals.get(q));
    }

    /** The share of draws meeting a goal (0 with no draws). */
    public double probability(Goal g) {
        return samples.isEmpty() ? 0 : (double) samples.stream().filter(g::met).count() / samples.size();
    }

    /** The share of draws meeting every goal. */
    public double probabilityAll(List<Goal> goals) {
        return samples.isEmpty() ? 0
                : (double) samples.stream().filter(p -> goals.stream().allMatch(g -> g.met(p))).count() / samples.size();
    }

    // --- the inputs ---

    static final String CAPACITANCE_SCALE = "model.capacitance_scale";
    static final String CRITICAL_EJ_OVER_EC = "model.critical_ej_over_ec";
    static final String EDGE_DAMAGE = "fabrication.edge_damage_nm";
    static final String EDGE_EXTRAPOLATION = "fabrication.edge_extrapolation_nm";
    /** The unpatterned film's γ = H_c2∥/H_c2⊥ at T → 0, which η∥ is re-fitted to in each draw. */
    static final String FILM_ANISOTROPY = "material.film_anisotropy";

    /**
     * The inputs of a spec with their ranges: the spec's own range of a number when it gives one,
     * else its preset's (widened to hold a number the spec sets itself); a number of a film or
     * substrate without a preset and without a range of the spec's is not drawn. The model's κ and
     * the capacitance scale always are.
     */
    public static List<Input> inputs(Spec spec) {
        List<Input> in = new ArrayList<>();
        Spec.MaterialSpec m = spec.material();
        Optional<PresetRanges.MaterialRanges> pr = m.preset().isEmpty() ? Optional.empty()
                : PresetRanges.material(m.preset());
        material(in, m, "thickness_nm", m.thicknessNm(), pr.map(PresetRanges.MaterialRanges::thicknessNm));
        material(in, m, "tc0_K", m.tc0K(), pr.map(PresetRanges.MaterialRanges::tc0K));
        material(in, m, "sheet_resistance_ohm", m.sheetResistanceOhm(),
                pr.map(PresetRanges.MaterialRanges::sheetResistanceOhm));
        material(in, m, "coherence_length_nm", m.coherenceLengthNm(),
                pr.map(PresetRanges.MaterialRanges::coherenceLengthNm));
        material(in, m, "gap_ratio", m.gapRatio(), pr.map(PresetRanges.MaterialRanges::gapRatio));
        // η∥'s only source is the film's measured anisotropy: draw that and re-fit η∥ to each drawn film, unless the
        // spec gives η∥ a range of its own, or a number of its own (then it is the user's model, held fixed)
        Spec.Range etaOwn = m.ranges().get("spin_exchange_par");
        boolean etaIsPresets = Presets.material(m.preset())
                .map(pm -> pm.spinExchangePar() == m.spinExchangePar()).orElse(false);
        if (etaOwn != null) {
            in.add(new Input("material.spin_exchange_par", m.spinExchangePar(), spec(etaOwn)));
        } else if (etaIsPresets) {
            // the measured γ is the preset's film's: at its thickness, whatever the design's
            double gamma = SpinExchangeFit.filmAnisotropy(m.tc0K(), m.coherenceLengthNm(),
                    PresetRanges.filmAnisotropyThicknessNm(m.preset()), m.gapRatio(), m.spinExchangePar());
            PresetRanges.filmAnisotropy(m.preset())
                    .ifPresent(r -> in.add(new Input(FILM_ANISOTROPY, gamma, r.including(gamma))));
        }
        Spec.SubstrateSpec s = spec.substrate();
        Optional<InputRange> eps = s.epsilonRange().map(r -> spec(r))
                .or(() -> PresetRanges.substrate(s.preset()).map(r -> r.including(s.epsilonR())));
        eps.ifPresent(r -> in.add(new Input("substrate.epsilon_r", s.epsilonR(), r)));
        // a milled process's walls: its dead edge and b, the least known numbers of the seed's process
        Spec.FabricationSpec f = spec.fabrication();
        PresetRanges.fabrication(f.preset().specName()).ifPresent(w -> {
            in.add(new Input(EDGE_DAMAGE, f.edgeDamageNm(), w.edgeDamageNm().including(f.edgeDamageNm())));
            double b = f.edgeExtrapolationOrCleanNm();
            if (Double.isFinite(b)) {
                in.add(new Input(EDGE_EXTRAPOLATION, b, w.edgeExtrapolationNm().including(b)));
            }
        });
        double kappa = spec.model().criticalEjOverEc();
        in.add(new Input(CRITICAL_EJ_OVER_EC, kappa, PresetRanges.CRITICAL_EJ_OVER_EC.including(kappa)));
        in.add(new Input(CAPACITANCE_SCALE, 1.0, PresetRanges.CAPACITANCE_SCALE));
        return in;
    }

    private static void material(List<Input> in, Spec.MaterialSpec m, String key, double value,
            Optional<InputRange> preset) {
        Spec.Range own = m.ranges().get(key);
        Optional<InputRange> r = own != null ? Optional.of(spec(own)) : preset.map(p -> p.including(value));
        r.ifPresent(x -> in.add(new Input("material." + key, value, x)));
    }

    private static InputRange spec(Spec.Range r) {
        return new InputRange(r.min(), r.max(), InputRange.Basis.SPEC, "given in the spec");
    }

    // --- the propagation ---

    /** {@link #DRAWS} draws of {@code spec}'s inputs, each predicted by {@code predictor}. */
    public static Uncertainty propagate(Spec spec, Function<Spec, Optional<Prediction>> predictor) {
        return propagate(spec, predictor, DRAWS);
    }

    /**
     * {@code n} draws of {@code spec}'s inputs, each predicted by {@code predictor} (empty: the draw
     * has no prediction and is left out). The design matrix comes from {@code fabrication.seed}.
     */
    public static Uncertainty propagate(Spec spec, Function<Spec, Optional<Prediction>> predictor, int n) {
        List<Input> inputs = inputs(spec);
        long seed = spec.fabrication().seed();
        double[][] x = design(inputs, n, seed ^ SEED_MIX);
        List<Optional<Prediction>> out = IntStream.range(0, n).parallel()
                .mapToObj(i -> predictor.apply(drawn(spec, inputs, x[i]))).toList();
        List<Prediction> ok = out.stream().flatMap(Optional::stream).toList();
        if (ok.isEmpty()) {
            return NONE;
        }
        Map<Quantity, Interval> intervals = new EnumMap<>(Quantity.class);
        Percentile pct = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        for (Quantity q : Quantity.values()) {
            double[] v = ok.stream().mapToDouble(q::of).toArray();
            pct.setData(v);
            intervals.put(q, new Interval(pct.evaluate(LOW_QUANTILE * 100), pct.evaluate(HIGH_QUANTILE * 100)));
        }
        Map<Phase, Double> phases = new EnumMap<>(Phase.class);
        for (Phase ph : Phase.values()) {
            phases.put(ph, (double) ok.stream().filter(p -> p.phase() == ph).count() / ok.size());
        }
        return new Uncertainty(ok.size(), seed, inputs, intervals, phases, ok);
    }

    /**
     * The Latin hypercube: row i, column j is input j's value of draw i — each column a random
     * permutation of the N strata, a uniform point within each, through the input's triangular
     * inverse distribution function.
     */
    static double[][] design(List<Input> inputs, int n, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        double[][] x = new double[n][inputs.size()];
        for (int j = 0; j < inputs.size(); j++) {
            Input in = inputs.get(j);
            InputRange r = in.range();
            int[] strata = MathArrays.natural(n);
            MathArrays.shuffle(strata, rng);
            TriangularDistribution t = r.high() > r.low()
                    ? new TriangularDistribution(null, r.low(), r.mode(in.value()), r.high()) : null;
            for (int i = 0; i < n; i++) {
                double u = (strata[i] + rng.nextDouble()) / n;
                x[i][j] = t == null ? r.low() : t.inverseCumulativeProbability(u);
            }
        }
        return x;
    }

    /** The spec with one draw's values; everything else kept. */
    static Spec drawn(Spec spec, List<Input> inputs, double[] x) {
        Spec.MaterialSpec m = spec.material();
        double thickness = m.thicknessNm();
        double tc0 = m.tc0K();
        double rs = m.sheetResistanceOhm();
        double xi = m.coherenceLengthNm();
        double gap = m.gapRatio();
        double eta = m.spinExchangePar();
        double filmGamma = Double.NaN;
        double eps = spec.substrate().epsilonR();
        double kappa = spec.model().criticalEjOverEc();
        double cScale = 1.0;
        Spec.FabricationSpec fab = spec.fabrication();
        for (int j = 0; j < inputs.size(); j++) {
            double v = x[j];
            switch (inputs.get(j).key()) {
                case "material.thickness_nm" -> thickness = v;
                case "material.tc0_K" -> tc0 = v;
                case "material.sheet_resistance_ohm" -> rs = v;
                case "material.coherence_length_nm" -> xi = v;
                case "material.gap_ratio" -> gap = v;
                case "material.spin_exchange_par" -> eta = v;
                case FILM_ANISOTROPY -> filmGamma = v;
                case "substrate.epsilon_r" -> eps = v;
                case CRITICAL_EJ_OVER_EC -> kappa = v;
                case CAPACITANCE_SCALE -> cScale = v;
                case EDGE_DAMAGE -> fab = fab.withEdgeDamageNm(v);
                case EDGE_EXTRAPOLATION -> fab = fab.withEdgeExtrapolationNm(v);
                default -> throw new IllegalStateException("no such input " + inputs.get(j).key());
            }
        }
        if (!Double.isNaN(filmGamma)) {
            // a drawn film the measured γ cannot constrain (orbitally limited) keeps the spec's η∥
            eta = SpinExchangeFit.fit(tc0, xi, PresetRanges.filmAnisotropyThicknessNm(m.preset()), gap, filmGamma)
                    .orElse(eta);
        }
        double epsEff = Math.max(1.0, cScale * (eps + 1.0) - 1.0);
        return spec.withMaterial(m.withNumbers(thickness, tc0, rs, xi, gap, eta))
                .withSubstrate(spec.substrate().withEpsilonR(epsEff))
                .withModel(spec.model().withCriticalEjOverEc(kappa)).withFabrication(fab);
    }

    /**
     * The share of draws whose H_c2∥ at the base temperature lies below H_c2⊥ (a reversed anisotropy), empty
     * without draws: the anisotropy of a nearly isotropic, Pauli-limited film sits on γ = 1 within the inputs'
     * ranges, and the sign of γ − 1 is then a probability, not a verdict.
     */
    public java.util.OptionalDouble reversalProbability() {
        if (samples.isEmpty()) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of((double) reversedDraws() / samples.size());
    }

    /** How many draws have H_c2∥ < H_c2⊥ at the base temperature. */
    public long reversedDraws() {
        return samples.stream().filter(p -> p.hc2ParT() < p.hc2PerpT()).count();
    }

    /** γ to its interval and the reversed draws, as the terminal and the Field page say it; empty without draws. */
    public Optional<String> anisotropySentence(double gamma) {
        return anisotropyInterval().map(g -> "over the inputs' ranges γ = " + Numbers.uncertain(gamma, g.low(), g.high())
                + " at the base temperature, reversed (γ < 1) in " + reversedDraws() + " of " + samples.size()
                + " draws");
    }

    /** γ = H_c2∥/H_c2⊥ at the base temperature over the draws, its 16–84 % quantiles; empty without draws. */
    public Optional<Interval> anisotropyInterval() {
        double[] g = samples.stream().filter(p -> p.hc2PerpT() > 0).mapToDouble(p -> p.hc2ParT() / p.hc2PerpT())
                .toArray();
        if (g.length == 0) {
            return Optional.empty();
        }
        Percentile pct = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        pct.setData(g);
        return Optional.of(new Interval(pct.evaluate(LOW_QUANTILE * 100), pct.evaluate(HIGH_QUANTILE * 100)));
    }

    /** The inputs' keys, for messages. */
    public List<String> inputKeys() {
        return inputs.stream().map(Input::key).toList();
    }

    @Override
    public String toString() {
        return "Uncertainty[" + draws + " draws, seed " + seed + ", inputs " + inputKeys() + ", intervals "
                + Arrays.toString(intervals.entrySet().toArray()) + "]";
    }
}
