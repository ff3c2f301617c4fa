package org.jjmask.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.HoleVariation;
import org.jjmask.layout.LatticeType;
import org.jjmask.layout.UnitCellFacts;
import org.jjmask.layout.network.Hole;
import org.jjmask.layout.network.HolePatch;
import org.jjmask.layout.network.Holes;
import org.jjmask.layout.network.JunctionNetwork;
import org.jjmask.layout.network.NetworkExtractor;
import org.jjmask.layout.network.NetworkStatistics;
import org.jjmask.physics.ArrayGeometry;
import org.jjmask.physics.Prediction;

/**
 * Fabrication yield of a design: a seeded Monte Carlo over the process spread. Each draw writes a
 * patch of the lattice (at least {@value #PATCH_PITCHES} pitches a side) with every hole's diameter
 * and centre drawn as the layout draws them ({@link HoleVariation}: normal, truncated at 3σ, from
 * {@code fabrication.diameter_sigma_nm} and {@code position_sigma_nm}) and one edge damage for the
 * whole chip ({@code edge_damage_nm} ± {@code edge_damage_sigma_nm}, a run-to-run spread); extracts
 * its junction network and predicts it as {@link Designer#run} predicts a disordered array (the
 * network's mean junction). The result is the distribution of R_N and T_BKT and, for each goal,
 * the share of draws that meet it; the yield is the share that meets all of them.
 *
 * <p>Draw i uses seed {@code fabrication.seed} mixed with i, so the same spec gives the same numbers
 * however many cores run it.
 *
 * <p>Field stitching ({@code ebeam.stitch_error_nm} = S &gt; 0): the patch is drawn where a
 * write-field boundary runs through it — the boundary-adjacent holes, the device's weakest place —
 * and each draw gives the field right of the patch's middle one placement error s ~ N(0, (S/3)²),
 * truncated at 3σ, applied to every hole of that field along x: a stitch error is a uniform slip of
 * one field's lattice against the next, and machines state it as mean + 3σ (30 nm on a Raith 150;
 * ../shared/ebeam/EBEAM.md, "Write fields and stitching"), here taken as zero-mean. A negative s
 * (the fields overlap) narrows every neck across the boundary; the draw fails, as a cut film does,
 * when the narrowest of them falls below {@code fabrication.min_feature_nm}, the narrowest neck the
 * process resolves. [pheno: a rigid relative shift of two fields and the min_feature criterion are
 * this tool's model; no source gives the yield of a stitched nano-hole array.] The shifted patch is
 * also what the draw predicts. S = 0 draws exactly as before.
 */
public final class YieldAnalysis {

    static final int PATCH_PITCHES = 12;
    static final int BINS = 20;

    private YieldAnalysis() {}

    /** The spread drawn from, nm (1σ). */
    public record Spread(double diameterSigmaNm, double positionSigmaNm, double edgeDamageNm, double edgeDamageSigmaNm,
            double stitchErrorNm) {
        public boolean none() {
            return diameterSigmaNm == 0 && positionSigmaNm == 0 && edgeDamageSigmaNm == 0 && stitchErrorNm == 0;
        }
    }

    /**
     * A sample's summary: mean, standard deviation, extremes, 5th/50th/95th percentiles, and a
     * histogram of {@value #BINS} equal bins from min to max (one bin when all draws agree).
     */
    public record Distribution(int n, double mean, double std, double min, double p05, double p50, double p95,
            double max, double[] binEdges, int[] counts) {

        static Distribution of(double[] v) {
            if (v.length == 0) {
                return new Distribution(0, 0, 0, 0, 0, 0, 0, 0, new double[] {0, 0}, new int[] {0});
            }
            double[] s = v.clone();
            Arrays.sort(s);
            double mean = Arrays.stream(s).average().orElse(0);
            double var = Arrays.stream(s).map(x -> (x - mean) * (x - mean)).sum() / s.length;
            double lo = s[0];
            double hi = s[s.length - 1];
            int bins = hi > lo ? BINS : 1;
            double[] edges = new double[bins + 1];
            for (int i = 0; i <= bins; i++) {
                edges[i] = bins == 1 ? (i == 0 ? lo : hi) : lo + (hi - lo) * i / bins;
            }
            int[] counts = new int[bins];
            for (double x : s) {
                int b = bins == 1 ? 0 : (int) Math.min(bins - 1, Math.floor((x - lo) / (hi - lo) * bins));
                counts[b]++;
            }
            return new Distribution(s.length, mean, Math.sqrt(var), lo, quantile(s, 0.05), quantile(s, 0.5),
                    quantile(s, 0.95), hi, edges, counts);
        }

        private static double quantile(double[] sorted, double q) {
            double pos = q * (sorted.length - 1);
            int i = (int) Math.floor(pos);
            int j = Math.min(sorted.length - 1, i + 1);
            return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
        }
    }

    /**
     * The outcome. {@code goalFraction}: per goal key, the share of draws meeting it;
     * {@code disconnected}: draws whose film was cut apart (holes touching, no interior junction),
     * counted as failing every goal; {@code rnOhm} over the connected draws, {@code tbktK} over all
     * (0 for a cut film).
     */
    public record Result(int samples, long seed, Spread spread, double yieldFraction, Map<String, Double> goalFraction,
            Distribution rnOhm, Distribution tbktK, int disconnected, int patchHoles, List<String> inputsDrawn) {

        public Result {
            inputsDrawn = List.copyOf(inputsDrawn);
        }
    }

    /**
     * The yield over the process spread and the inputs' ranges together (issue 12): draw i also
     * takes row i of the {@link Uncertainty} Latin hypercube of the film's, substrate's and model's
     * numbers, so a goal met only by the nominal numbers is not counted as made.
     */
    public static Result run(Spec spec, List<Goal> goals, int samples) {
        return run(spec, goals, samples, true);
    }

    /** The yield; {@code withInputRanges} false: the process spread alone, the inputs at their values. */
    public static Result run(Spec spec, List<Goal> goals, int samples, boolean withInputRanges) {
        List<Uncertainty.Input> inputs = withInputRanges ? Uncertainty.inputs(spec) : List.of();
        double[][] x = Uncertainty.design(inputs, samples, spec.fabrication().seed() ^ Uncertainty.SEED_MIX);
        Spec.FabricationSpec f = spec.fabrication();
        Spread spread = new Spread(f.diameterSigmaNm(), f.positionSigmaNm(), f.edgeDamageNm(), f.edgeDamageSigmaNm(),
                spec.ebeam().stitchErrorNm());
        LatticeType type = spec.lattice().type();
        GridLattice lattice = spec.lattice().unshiftedLattice(Designer.DBU_NM);
        UnitCellFacts facts = UnitCellFacts.of(lattice, spec.lattice().idealHole().written(Designer.DBU_NM),
                Designer.DBU_NM);
        double nominal = Designer.networkHoleDiameterNm(spec, facts);
        double a = spec.lattice().pitchNm();
        int cx = (int) Math.max(3, Math.ceil(PATCH_PITCHES * a / (lattice.cellX() * Designer.DBU_NM)));
        int cy = (int) Math.max(3, Math.ceil(PATCH_PITCHES * a / (lattice.cellY() * Designer.DBU_NM)));
        HolePatch patch = Holes.patch(lattice, nominal, Designer.DBU_NM, cx, cy);
        JunctionNetwork undrawn = NetworkExtractor.extract(patch.holes(), patch.outlineNm());
        NetworkStatistics reference = undrawn.statistics();
        Draw[] draws;
        if (spread.none() && inputs.isEmpty()) {
            Draw one = draw(spec, type, facts, patch, undrawn, reference, nominal, -1);
            draws = new Draw[samples];
            Arrays.fill(draws, one);
        } else {
            boolean fab = !spread.none();
            draws = IntStream.range(0, samples).parallel().mapToObj(i -> draw(Uncertainty.drawn(spec, inputs, x[i]), type,
                    facts, patch, undrawn, reference, nominal, fab ? i : -1)).toArray(Draw[]::new);
        }
        Map<String, Double> goalFraction = new LinkedHashMap<>();
        for (Goal g : goals) {
            long met = Arrays.stream(draws).filter(d -> d.prediction() != null && g.met(d.prediction())).count();
            goalFraction.put(g.key(), (double) met / samples);
        }
        long all = Arrays.stream(draws).filter(d -> d.prediction() != null
                && goals.stream().allMatch(g -> g.met(d.prediction()))).count();
        List<Double> rn = new ArrayList<>();
        double[] tbkt = new double[samples];
        int cut = 0;
        for (int i = 0; i < samples; i++) {
            Prediction p = draws[i].prediction();
            if (p == null) {
                cut++;
            } else {
                rn.add(p.rnOhm());
                tbkt[i] = p.tbktK();
            }
        }
        return new Result(samples, f.seed(), spread, (double) all / samples, goalFraction,
                Distribution.of(rn.stream().mapToDouble(Double::doubleValue).toArray()), Distribution.of(tbkt), cut,
                patch.holes().size(), inputs.stream().map(Uncertainty.Input::key).toList());
    }

    /** One draw's prediction; null when the drawn film is cut apart. */
    private record Draw(Prediction prediction) {}

    /**
     * One draw's prediction; null when the drawn film is cut apart. The draw's network changes the
     * written unit cell by what it changes in the patch's network against the undrawn patch
     * ({@code reference}): so a spread of zero gives exactly the design's own prediction, whatever
     * the extracted patch and the written polygon differ by. Draw −1 is the undrawn patch.
     */
    private static Draw draw(Spec spec, LatticeType type, UnitCellFacts facts, HolePatch patch, JunctionNetwork undrawn,
            NetworkStatistics reference, double nominal, int i) {
        Spec.FabricationSpec f = spec.fabrication();
        long seed = new SplittableRandom(f.seed() * 0x9E3779B97F4A7C15L + i).nextLong();
        HoleVariation variation = i < 0 ? HoleVariation.NONE
                : new HoleVariation(f.diameterSigmaNm(), f.positionSigmaNm(), seed);
        double d0 = spec.lattice().holeDiameterNm();
        List<Hole> holes = new ArrayList<>(patch.holes().size());
        double sum = 0;
        for (Hole h : patch.holes()) {
            HoleVariation.Draw dr = variation.draw(Math.round(h.xNm() / Designer.DBU_NM), Math.round(h.yNm() / Designer.DBU_NM));
            double d = Math.max(1, d0 + dr.dDiameterNm());
            sum += d;
            holes.add(new Hole(h.xNm() + dr.dxNm(), h.yNm() + dr.dyNm(), nominal * d / d0));
        }
        double damage = f.edgeDamageNm();
        if (f.edgeDamageSigmaNm() > 0) {
            double g = truncatedGaussian(new SplittableRandom(seed ^ 0x5DEECE66DL));
            damage = Math.max(0, damage + f.edgeDamageSigmaNm() * g);
        }
        double stitch = spec.ebeam().stitchErrorNm();
        boolean[] right = null;
        if (stitch > 0 && i >= 0) {
            right = stitch(holes, patch, stitch / 3 * truncatedGaussian(new SplittableRandom(seed ^ STITCH_MIX)));
            if (narrowestAcross(undrawn, holes, right) < f.minFeatureNm()) {
                return new Draw(null);
            }
        }
        JunctionNetwork net = NetworkExtractor.extract(holes, patch.outlineNm());
        NetworkStatistics n = net.statistics();
        if (!(n.interiorHoles() > 0) || !(n.neckWidthMeanNm() > 0) || !(n.porosity() < 1)
                || !(n.islandAreaMeanNm2() > 0)) {
            return new Draw(null);
        }
        double scale = sum / holes.size() / d0;
        double neck = facts.neckWidthNm() + n.neckWidthMeanNm() - reference.neckWidthMeanNm();
        double plaquette = facts.plaquetteAreaNm2() * n.plaquetteAreaMeanNm2() / reference.plaquetteAreaMeanNm2();
        double porosity = facts.porosity() + n.porosity() - reference.porosity();
        double island = facts.islandAreaNm2() * n.islandAreaMeanNm2() / reference.islandAreaMeanNm2();
        if (!(neck > 0) || !(porosity < 1) || !(porosity >= 0) || !(island > 0)) {
            return new Draw(null);
        }
        ArrayGeometry g = new ArrayGeometry(Designer.network(type), facts.pitchWrittenNm(),
                facts.holeEquivalentDiameterNm() * scale, neck, plaquette, plaquette, porosity * plaquette, porosity,
                island);
        return new Draw(Designer.predict(spec, g, damage));
    }

    /** Mixed into a draw's seed for its stitching error, a stream of its own. */
    private static final long STITCH_MIX = 0x27D4EB2F165667C5L;

    /** A standard normal truncated at {@link HoleVariation#TRUNCATION}σ, as the layout draws. */
    private static double truncatedGaussian(SplittableRandom rng) {
        double g;
        do {
            g = rng.nextGaussian();
        } while (Math.abs(g) > HoleVariation.TRUNCATION);
        return g;
    }

    /**
     * Shifts the holes right of the patch's middle (the next write field) by {@code sNm} along x, in
     * place; returns which holes are in that field.
     */
    private static boolean[] stitch(List<Hole> holes, HolePatch patch, double sNm) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Hole h : patch.holes()) {
            lo = Math.min(lo, h.xNm());
            hi = Math.max(hi, h.xNm());
        }
        double boundary = (lo + hi) / 2;
        boolean[] right = new boolean[holes.size()];
        for (int k = 0; k < holes.size(); k++) {
            Hole h = holes.get(k);
            if (patch.holes().get(k).xNm() > boundary) {
                right[k] = true;
                holes.set(k, new Hole(h.xNm() + sNm, h.yNm(), h.diameterNm()));
            }
        }
        return right;
    }

    /**
     * The narrowest neck across the boundary, nm: over the undrawn patch's junctions between a hole
     * of one field and a hole of the other, |c1 − c2| − (D1 + D2)/2 of the drawn, shifted holes
     * (Junction's definition), negative where they merged.
     */
    private static double narrowestAcross(JunctionNetwork undrawn, List<Hole> holes, boolean[] right) {
        double min = Double.POSITIVE_INFINITY;
        for (var j : undrawn.junctions()) {
            if (right[j.hole1()] != right[j.hole2()]) {
                Hole a = holes.get(j.hole1());
                Hole b = holes.get(j.hole2());
                min = Math.min(min, Math.hypot(a.xNm() - b.xNm(), a.yNm() - b.yNm()) - (a.diameterNm() + b.diameterNm()) / 2);
            }
        }
        return min;
    }
}
