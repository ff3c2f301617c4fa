package org.jjmask.design;

import org.jjmask.layout.drc.Violation;
import org.jjmask.layout.drc.DesignRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.HoleVariation;
import org.jjmask.layout.IdealHole;
import org.jjmask.layout.LatticeType;
import org.jjmask.physics.Prediction;

/**
 * The design loop: the lattice that brings the predicted numbers closest to {@code target:} without
 * breaking a fabrication limit. Each lattice type allowed by {@code target.vary} is tried in turn
 * (enumeration); for each, the continuous parameters (pitch, hole diameter, whichever vary) are
 * first scanned on a coarse grid, then the best few scan points start a local search (BOBYQA for
 * two parameters, Brent for one; Apache Commons Math) on a smooth model of the unit cell, and the
 * local optima are put on the manufacturing grid ({@code fabrication.grid_nm}) where the written
 * unit cell decides the design rules. Only designs clean on the written grid can be returned.
 *
 * <p>The objective is Σ weight × (miss / tolerance)² over the goals ({@link Goal#cost}); it is 0
 * when every number is hit exactly. The search space keeps the fabrication limits as bounds where
 * it can: with both parameters free the hole diameter is mapped to the share {@code t} of its
 * feasible interval at that pitch (from {@code min_feature_nm}/{@code max_hole_nm} to the
 * largest hole leaving a {@code min_feature_nm} neck along every bond), so every box point is a
 * design the process can make up to grid rounding; what still breaks a rule costs
 * {@link #INFEASIBLE} plus how far it breaks it. Every evaluation goes into the trace.
 *
 * <p>Deterministic: no random numbers, the same spec gives the same trace.
 */
public final class Optimizer {

    /** The objective of a design that breaks a fabrication limit (plus the breach in nm). */
    public static final double INFEASIBLE = 1e6;
    /** The grid of the smooth model, nm: fine enough that rounding does not step the objective. */
    static final double SMOOTH_DBU_NM = 0.001;
    /** Scan points per continuous parameter. */
    static final int SCAN = 11;
    /** Scan points started from. */
    static final int STARTS = 3;
    static final int LOCAL_EVALUATIONS = 150;

    private final Spec spec;
    private final Spec.TargetSpec target;
    private final List<Evaluation> trace = new ArrayList<>();
    private final Map<List<Object>, Evaluation> cache = new HashMap<>();
    private final Map<List<Object>, CellDesign> cells = new HashMap<>();

    private Optimizer(Spec spec) {
        this.spec = spec;
        this.target = spec.target().orElseThrow(() -> new IllegalArgumentException("the spec has no target"));
    }

    /** Optimises a spec's lattice toward its target. */
    public static OptimizationResult optimize(Spec spec) {
        return new Optimizer(spec).run();
    }

    private OptimizationResult run() {
        List<Evaluation> best = new ArrayList<>();
        for (LatticeType lattice : target.lattices()) {
            optimizeLattice(lattice).ifPresent(best::add);
        }
        Optional<Evaluation> winner = best.stream().min(Comparator.comparingDouble(Evaluation::objective)
                .thenComparingInt(Evaluation::index));
        Optional<CellDesign> cell = winner.map(e -> cells.get(key(e.lattice(), e.pitchNm(), e.holeDiameterNm(),
                Designer.DBU_NM)));
        boolean met = cell.flatMap(CellDesign::prediction).map(p -> target.goals().stream().allMatch(g -> g.met(p)))
                .orElse(false);
        return new OptimizationResult(spec, winner, cell.map(CellDesign::spec), cell, trace, met);
    }

    /** The search space of one lattice type: pitch and diameter bounds, and the feasible diameters at a pitch. */
    private record Space(LatticeType lattice, Spec.Range pitch, Spec.Range hole, boolean varyPitch, boolean varyHole,
            double chord, double minWidth, double widest) {

        /** The diameter interval at pitch p that keeps necks and holes within the limits (may be empty: lo > hi). */
        double[] holeInterval(double p, Spec.FabricationSpec f) {
            double lo = Math.max(hole.min(), (f.minFeatureNm() + holeMarginNm(f)) / minWidth);
            double hi = Math.min(hole.max(), (p - f.minFeatureNm() - neckMarginNm(f)) / chord);
            if (f.maxHoleNm().isPresent()) {
                hi = Math.min(hi, (f.maxHoleNm().getAsDouble() - holeMarginNm(f)) / widest);
            }
            return new double[] {lo, hi};
        }

        int dimensions() {
            return (varyPitch ? 1 : 0) + (varyHole ? 1 : 0);
        }
    }

    /**
     * How much a written hole's size may stray from the nominal: the diameter spread at its
     * truncation (3σ), plus a grid step for the diameter classes it is written in. 0 without spread.
     */
    static double holeMarginNm(Spec.FabricationSpec f) {
        return f.diameterSigmaNm() > 0 ? HoleVariation.TRUNCATION * f.diameterSigmaNm() + Designer.DBU_NM : 0;
    }

    /**
     * How much a written neck may fall below the nominal: two holes grown by the truncated
     * diameter spread (half each) and moved toward each other by the truncated position jitter
     * (3σ in x and y, √2·3σ each), plus a grid step each for the rounding of centre and size.
     */
    static double neckMarginNm(Spec.FabricationSpec f) {
        if (f.diameterSigmaNm() == 0 && f.positionSigmaNm() == 0) {
            return 0;
        }
        return HoleVariation.TRUNCATION * (f.diameterSigmaNm() + 2 * Math.sqrt(2) * f.positionSigmaNm())
                + 2 * Designer.DBU_NM;
    }

    private Space space(LatticeType lattice) {
        LatticeType type = lattice;
        Spec.LatticeSpec l = spec.lattice();
        // the shape's proportions, from the ideal hole at 100 nm: widest chord along a bond, narrowest width, extent
        IdealHole unit = spec.withLattice(lattice, 1000, 100).lattice().idealHole();
        double chord = 0;
        for (double deg : GridLattice.bondAnglesDeg(type)) {
            chord = Math.max(chord, unit.chordNm(Math.toRadians(deg)) / 100);
        }
        var written = unit.written(SMOOTH_DBU_NM);
        double minWidth = written.minWidth() * SMOOTH_DBU_NM / 100;
        double widest = 2 * written.circumradius() * SMOOTH_DBU_NM / 100;
        boolean vp = target.varies("pitch_nm");
        boolean vh = target.varies("hole_diameter_nm");
        Spec.Range pitch = vp ? target.pitchRangeNm() : new Spec.Range(l.pitchNm(), l.pitchNm());
        Spec.Range hole = vh ? target.holeDiameterRangeNm() : new Spec.Range(l.holeDiameterNm(), l.holeDiameterNm());
        return new Space(lattice, pitch, hole, vp, vh, chord, minWidth, widest);
    }

    /** Box point u ∈ [0, 1]^k → (pitch, diameter); null when no diameter fits at that pitch. */
    private double[] design(Space s, double[] u) {
        int k = 0;
        double p = s.varyPitch() ? lerp(s.pitch(), u[k++]) : s.pitch().min();
        if (!s.varyHole()) {
            return new double[] {p, s.hole().min()};
        }
        double[] d = s.holeInterval(p, spec.fabrication());
        if (d[0] > d[1]) {
            return null;
        }
        return new double[] {p, d[0] + u[k] * (d[1] - d[0])};
    }

    private static double lerp(Spec.Range r, double u) {
        return r.min() + Math.max(0, Math.min(1, u)) * (r.max() - r.min());
    }

    private Optional<Evaluation> optimizeLattice(LatticeType lattice) {
        Space s = space(lattice);
        int k = s.dimensions();
        // 1. coarse scan of the box
        List<double[]> scan = new ArrayList<>();
        List<Evaluation> scanned = new ArrayList<>();
        int n = k == 2 ? SCAN : k == 1 ? 2 * SCAN - 1 : 1;
        for (int i = 0; i < (k >= 1 ? n : 1); i++) {
            for (int j = 0; j < (k == 2 ? n : 1); j++) {
                double[] u = k == 2 ? new double[] {i / (n - 1.0), j / (n - 1.0)}
                        : k == 1 ? new double[] {i / (n - 1.0)} : new double[0];
                Evaluation e = smooth(s, u, "scan");
                if (e != null) {
                    scan.add(u);
                    scanned.add(e);
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scanned.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> scanned.get(i).objective()));
        // 2. local searches from the best scan points; 3. each optimum put on the written grid
        List<Evaluation> onGrid = new ArrayList<>();
        int started = 0;
        for (int idx : order) {
            if (started == STARTS || scanned.get(idx).objective() >= INFEASIBLE) {
                break;
            }
            started++;
            double[] u = k == 0 ? scan.get(idx) : local(s, scan.get(idx), 1.0 / (n - 1));
            double[] pd = design(s, u);
            if (pd != null) {
                onGrid.addAll(gridCandidates(s, pd[0], pd[1]));
            }
            if (onGrid.stream().anyMatch(e -> e.feasible() && e.objective() == 0)) {
                break;
            }
        }
        if (onGrid.stream().noneMatch(Evaluation::feasible)) {
            // every optimum fell off the limits once written: the scan's designs, written, nearest first
            for (int idx : order) {
                double[] pd = design(s, scan.get(idx));
                if (pd != null) {
                    onGrid.addAll(gridCandidates(s, pd[0], pd[1]));
                }
                if (onGrid.stream().anyMatch(Evaluation::feasible)) {
                    break;
                }
            }
        }
        return onGrid.stream().filter(Evaluation::feasible).min(Comparator.comparingDouble(Evaluation::objective)
                .thenComparingInt(Evaluation::index));
    }

    /** A local search from box point u0 on the smooth model; returns the best box point seen. */
    private double[] local(Space s, double[] u0, double step) {
        double[][] best = {u0.clone()};
        double[] bestValue = {objective(s, u0, "local")};
        try {
            if (u0.length == 2) {
                BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(5, step / 2, 1e-7);
                bobyqa.optimize(new MaxEval(LOCAL_EVALUATIONS), GoalType.MINIMIZE, new InitialGuess(u0),
                        new SimpleBounds(new double[] {0, 0}, new double[] {1, 1}),
                        new ObjectiveFunction(u -> track(s, u, best, bestValue)));
            } else {
                double lo = Math.max(0, u0[0] - step);
                double hi = Math.min(1, u0[0] + step);
                BrentOptimizer brent = new BrentOptimizer(1e-10, 1e-12);
                brent.optimize(new MaxEval(LOCAL_EVALUATIONS), GoalType.MINIMIZE, new SearchInterval(lo, hi, u0[0]),
                        new UnivariateObjectiveFunction(x -> track(s, new double[] {x}, best, bestValue)));
            }
        } catch (TooManyEvaluationsException e) {
            // the best point seen so far stands
        }
        return best[0];
    }

    private double track(Space s, double[] u, double[][] best, double[] bestValue) {
        double v = objective(s, u, "local");
        if (v < bestValue[0]) {
            bestValue[0] = v;
            best[0] = u.clone();
        }
        return v;
    }

    private double objective(Space s, double[] u, String stage) {
        Evaluation e = smooth(s, u, stage);
        return e == null ? INFEASIBLE * 10 : e.objective();
    }

    /** Evaluates box point u on the smooth model; null when no diameter fits at its pitch. */
    private Evaluation smooth(Space s, double[] u, String stage) {
        double[] pd = design(s, u);
        if (pd == null) {
            return null;
        }
        return evaluate(stage, s.lattice(), pd[0], pd[1], SMOOTH_DBU_NM);
    }

    /**
     * The written designs around a smooth optimum: pitch and diameter on the manufacturing grid,
     * one step either side of the two nearest grid values, within the bounds.
     */
    private List<Evaluation> gridCandidates(Space s, double p, double d) {
        double g = spec.fabrication().gridNm();
        List<Double> pitches = s.varyPitch() ? gridValues(p, g, s.pitch()) : List.of(p);
        List<Double> holes = s.varyHole() ? gridValues(d, g, s.hole()) : List.of(d);
        List<Evaluation> out = new ArrayList<>();
        for (double pp : pitches) {
            for (double dd : holes) {
                if (dd < pp) {
                    out.add(evaluate("grid", s.lattice(), pp, dd, Designer.DBU_NM));
                }
            }
        }
        return out;
    }

    private static List<Double> gridValues(double v, double g, Spec.Range r) {
        List<Double> out = new ArrayList<>();
        long k0 = (long) Math.floor(v / g) - 1;
        for (long k = k0; k <= k0 + 3; k++) {
            double x = k * g;
            if (r.contains(x)) {
                out.add(x);
            }
        }
        if (out.isEmpty()) {
            out.add(r.clamp(Math.rint(v / g) * g));
        }
        return out;
    }

    /**
     * The unit cell's rules with room for the fabrication spread: a disordered array is written hole
     * by hole, each drawn within 3σ of the nominal, so the nominal cell must clear the limits by
     * {@link #neckMarginNm} and {@link #holeMarginNm} for every written hole to clear them.
     */
    private CellDesign spread(CellDesign cell, double dbu) {
        Spec.FabricationSpec f = spec.fabrication();
        double neckMargin = neckMarginNm(f);
        double holeMargin = holeMarginNm(f);
        if (neckMargin == 0 && holeMargin == 0 || !cell.clean()) {
            return cell;
        }
        List<Violation> v = new ArrayList<>();
        double neck = cell.facts().neckWidthNm();
        if (neck < f.minFeatureNm() + neckMargin) {
            v.add(new Violation(DesignRule.MIN_NECK, "neck " + Numbers.format(neck) + " nm leaves less than min_feature_nm "
                    + "after the fabrication spread (" + Numbers.format(neckMargin) + " nm)", 0, 0, neck,
                    f.minFeatureNm() + neckMargin));
        }
        var hole = cell.spec().lattice().idealHole().written(dbu);
        double narrowest = hole.minWidth() * dbu;
        if (narrowest < f.minFeatureNm() + holeMargin) {
            v.add(new Violation(DesignRule.MIN_HOLE, "hole " + Numbers.format(narrowest) + " nm leaves less than "
                    + "min_feature_nm after the diameter spread", 0, 0, narrowest, f.minFeatureNm() + holeMargin));
        }
        double widest = 2 * hole.circumradius() * dbu;
        if (f.maxHoleNm().isPresent() && widest + holeMargin > f.maxHoleNm().getAsDouble()) {
            v.add(new Violation(DesignRule.MAX_HOLE, "hole " + Numbers.format(widest) + " nm exceeds max_hole_nm "
                    + "after the diameter spread", 0, 0, widest, f.maxHoleNm().getAsDouble() - holeMargin));
        }
        return v.isEmpty() ? cell : new CellDesign(cell.spec(), cell.facts(), cell.geometry(), cell.prediction(), v);
    }

    private static List<Object> key(LatticeType lattice, double p, double d, double dbu) {
        return List.of(lattice, p, d, dbu);
    }

    /** One evaluation of the cheap pass, cached by lattice, pitch, diameter and grid; each new one goes into the trace. */
    private Evaluation evaluate(String stage, LatticeType lattice, double p, double d, double dbu) {
        List<Object> key = key(lattice, p, d, dbu);
        Evaluation seen = cache.get(key);
        if (seen != null) {
            return seen;
        }
        CellDesign cell = spread(Designer.cell(spec.withLattice(lattice, p, d), dbu), dbu);
        double objective;
        if (!cell.clean() || cell.prediction().isEmpty()) {
            double breach = cell.drc().stream().mapToDouble(v -> Math.abs(v.measuredNm() - v.limitNm())).sum();
            objective = INFEASIBLE + breach;
        } else {
            Prediction pr = cell.prediction().get();
            objective = target.goals().stream().mapToDouble(g -> g.cost(pr)).sum();
        }
        Evaluation e = new Evaluation(trace.size(), stage, lattice, p, d, objective,
                cell.clean() && cell.prediction().isPresent(), cell.rules(),
                cell.prediction().map(Evaluation::values).orElse(Map.of()),
                cell.prediction().map(pr -> pr.phase().jsonName()).orElse(""));
        trace.add(e);
        cache.put(key, e);
        if (dbu == Designer.DBU_NM) {
            cells.put(key, cell);
        }
        return e;
    }
}
