package org.jjmask.design;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.jjmask.physics.Prediction;

/**
 * The JSON of an optimisation, set beside a design's {@link Summary}: the goals and how the
 * written design meets them, the search (bounds, lattices, every evaluated design), and the yield.
 * Every number finite, six significant digits as in the summary.
 */
public final class OptimizationSummary {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OptimizationSummary() {}

    /**
     * Adds {@code optimization}, {@code yield} and {@code yield_fraction} to a design's summary.
     *
     * @param summary the summary of the full pass of the returned design ({@link Summary#of})
     * @param result the search
     * @param design the full pass of the returned design, whose numbers the goals are judged on
     * @param yield the Monte Carlo of the returned design
     * @param optimizedSpec the file name of the optimised spec
     */
    public static ObjectNode add(ObjectNode summary, OptimizationResult result, DesignResult design,
            YieldAnalysis.Result yield, String optimizedSpec) {
        Spec.TargetSpec t = result.target();
        Prediction p = design.prediction();
        ObjectNode o = summary.putObject("optimization");
        boolean met = goalsMet(t, p);
        o.put("met", met);
        o.put("design_rules_clean", design.drc().isEmpty());
        o.put("objective", Summary.finite(t.goals().stream().mapToDouble(g -> g.cost(p)).sum()));
        o.put("evaluations", result.trace().size());
        o.put("optimized_spec", optimizedSpec);
        ObjectNode start = o.putObject("start");
        start.put("lattice", result.start().lattice().type().specName());
        start.put("pitch_nm", result.start().lattice().pitchNm());
        start.put("hole_diameter_nm", result.start().lattice().holeDiameterNm());
        ObjectNode best = o.putObject("best");
        best.put("lattice", design.spec().lattice().type().specName());
        best.put("pitch_nm", design.spec().lattice().pitchNm());
        best.put("hole_diameter_nm", design.spec().lattice().holeDiameterNm());
        result.best().ifPresent(e -> best.put("trace_index", e.index()));
        ArrayNode vary = o.putArray("vary");
        t.vary().forEach(vary::add);
        ObjectNode bounds = o.putObject("bounds");
        bounds.putArray("pitch_nm").add(t.pitchRangeNm().min()).add(t.pitchRangeNm().max());
        bounds.putArray("hole_diameter_nm").add(t.holeDiameterRangeNm().min()).add(t.holeDiameterRangeNm().max());
        ArrayNode lattices = bounds.putArray("lattice");
        t.lattices().forEach(l -> lattices.add(l.specName()));
        ObjectNode limits = o.putObject("fabrication_limits");
        Spec.FabricationSpec f = design.spec().fabrication();
        limits.put("min_feature_nm", f.minFeatureNm());
        f.maxHoleNm().ifPresent(m -> limits.put("max_hole_nm", m));
        limits.put("grid_nm", f.gridNm());
        o.put("base_temperature_K", design.spec().conditions().baseTemperatureK());
        ArrayNode goals = o.putArray("goals");
        for (Goal g : t.goals()) {
            ObjectNode n = goals.addObject();
            n.put("key", g.key());
            if (g instanceof Goal.Quantity q) {
                n.put("target", q.value());
                n.put("tolerance", Summary.finite(q.tolerance()));
                n.put("weight", q.weight());
                n.put("achieved", Summary.finite(q.actual(p)));
                n.put("miss_in_tolerances", Summary.finite(q.miss(p)));
            } else if (g instanceof Goal.PhaseIs ph) {
                n.put("target", ph.phase().jsonName());
                n.put("weight", ph.weight());
                n.put("achieved", p.phase().jsonName());
            }
            n.put("met", g.met(p));
            if (design.uncertainty().present()) {
                // the share of the uncertainty propagation's draws that meet the goal
                n.put("probability", design.uncertainty().probability(g));
            }
            n.put("yield_fraction", Summary.finite(yield.goalFraction().getOrDefault(g.key(), 0.0)));
        }
        ArrayNode trace = o.putArray("trace");
        for (Evaluation e : result.trace()) {
            ObjectNode n = trace.addObject();
            n.put("i", e.index());
            n.put("stage", e.stage());
            n.put("lattice", e.lattice().specName());
            n.put("pitch_nm", Summary.finite(e.pitchNm()));
            n.put("hole_diameter_nm", Summary.finite(e.holeDiameterNm()));
            n.put("objective", Summary.finite(e.objective()));
            n.put("feasible", e.feasible());
            ArrayNode v = n.putArray("violations");
            e.violations().forEach(v::add);
            for (Map.Entry<String, Double> q : e.values().entrySet()) {
                n.put(q.getKey(), Summary.finite(q.getValue()));
            }
            if (!e.phase().isEmpty()) {
                n.put("phase", e.phase());
            }
        }
        summary.set("yield", yieldNode(yield));
        summary.put("yield_fraction", Summary.finite(yield.yieldFraction()));
        return summary;
    }

    /** Whether a prediction meets every goal of a target. */
    public static boolean goalsMet(Spec.TargetSpec t, Prediction p) {
        return t.goals().stream().allMatch(g -> g.met(p));
    }

    static ObjectNode yieldNode(YieldAnalysis.Result y) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("samples", y.samples());
        o.put("seed", y.seed());
        o.put("method", "seeded Monte Carlo: each draw writes a " + YieldAnalysis.PATCH_PITCHES + "-pitch patch ("
                + y.patchHoles() + " holes) with drawn diameters, centres and edge damage, extracts its junction "
                + "network and predicts it as a disordered array");
        o.put("diameter_sigma_nm", Summary.finite(y.spread().diameterSigmaNm()));
        o.put("position_sigma_nm", Summary.finite(y.spread().positionSigmaNm()));
        o.put("edge_damage_nm", Summary.finite(y.spread().edgeDamageNm()));
        o.put("edge_damage_sigma_nm", Summary.finite(y.spread().edgeDamageSigmaNm()));
        if (y.spread().stitchErrorNm() > 0) {
            // only when modelled, so that a spec without ebeam.stitch_error_nm writes the JSON it wrote before
            o.put("stitch_error_nm", Summary.finite(y.spread().stitchErrorNm()));
            o.put("stitch_model", "the patch straddles a write-field boundary; each draw shifts the field right of it "
                    + "by s ~ N(0, (stitch_error_nm/3)^2) along x and fails when a neck across the boundary is "
                    + "narrower than min_feature_nm");
        }
        o.put("yield_fraction", Summary.finite(y.yieldFraction()));
        o.put("disconnected_draws", y.disconnected());
        ArrayNode drawn = o.putArray("inputs_drawn");
        y.inputsDrawn().forEach(drawn::add);
        ObjectNode goals = o.putObject("goal_fraction");
        y.goalFraction().forEach((k, v) -> goals.put(k, Summary.finite(v)));
        o.set("rn_ohm", distribution(y.rnOhm()));
        o.set("tbkt_K", distribution(y.tbktK()));
        return o;
    }

    private static ObjectNode distribution(YieldAnalysis.Distribution d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("n", d.n());
        o.put("mean", Summary.finite(d.mean()));
        o.put("std", Summary.finite(d.std()));
        o.put("min", Summary.finite(d.min()));
        o.put("p05", Summary.finite(d.p05()));
        o.put("p50", Summary.finite(d.p50()));
        o.put("p95", Summary.finite(d.p95()));
        o.put("max", Summary.finite(d.max()));
        ArrayNode edges = o.putArray("bin_edges");
        for (double e : d.binEdges()) {
            edges.add(Summary.finite(e));
        }
        ArrayNode counts = o.putArray("counts");
        for (int c : d.counts()) {
            counts.add(c);
        }
        return o;
    }
}
