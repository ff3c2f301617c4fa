package org.jjmask.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jjmask.physics.BktTransition;
import org.jjmask.physics.mc.BktFit;
import org.jjmask.physics.mc.ChainResult;
import org.jjmask.physics.mc.ScanPlan;
import org.jjmask.physics.mc.Schedule;

/**
 * The {@code mc} result and its part files, one JSON form for both so that the parts of a sharded
 * run merge into the very bytes the unsharded run writes. Doubles go through Jackson's shortest
 * round-trip form, so a part file carries each chain's bin means exactly.
 */
final class McOutput {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String PART_FORMAT = "jjmask-mc-part/1";

    private McOutput() {
    }

    static ObjectNode plan(ScanPlan plan) {
        ObjectNode p = JSON.createObjectNode();
        ArrayNode sizes = p.putArray("sizes");
        for (int s : plan.sizes()) {
            sizes.add(s);
        }
        ArrayNode t = p.putArray("temperatures_over_ej");
        for (double v : plan.temperatures()) {
            t.add(v);
        }
        p.put("draws", plan.draws());
        Schedule s = plan.schedule();
        ObjectNode sch = p.putObject("schedule");
        sch.put("metropolis", s.metropolis());
        sch.put("over_relaxation", s.overRelaxation());
        sch.put("wolff", s.wolff());
        sch.put("thermalisation", s.thermalisation());
        sch.put("measurements", s.measurements());
        sch.put("bins", s.bins());
        p.put("seed", plan.seed());
        return p;
    }

    static ScanPlan plan(JsonNode p) {
        int[] sizes = new int[p.get("sizes").size()];
        for (int k = 0; k < sizes.length; k++) {
            sizes[k] = p.get("sizes").get(k).asInt();
        }
        double[] t = new double[p.get("temperatures_over_ej").size()];
        for (int k = 0; k < t.length; k++) {
            t[k] = p.get("temperatures_over_ej").get(k).asDouble();
        }
        JsonNode s = p.get("schedule");
        return new ScanPlan(sizes, t, p.get("draws").asInt(), new Schedule(s.get("metropolis").asInt(),
                s.get("over_relaxation").asInt(), s.get("wolff").asBoolean(), s.get("thermalisation").asInt(),
                s.get("measurements").asInt(), s.get("bins").asInt()), p.get("seed").asLong());
    }

    /** One shard's chains: their task indices and raw bin means. */
    static ObjectNode part(ObjectNode meta, ScanPlan plan, int shard, int shards, List<ScanPlan.Task> tasks,
            ChainResult[] chains) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", PART_FORMAT);
        root.put("shard", shard + "/" + shards);
        root.set("meta", meta);
        root.set("plan", plan(plan));
        ArrayNode list = root.putArray("chains");
        for (int k = 0; k < tasks.size(); k++) {
            ChainResult c = chains[k];
            ObjectNode n = list.addObject();
            n.put("task", tasks.get(k).index());
            n.put("temperature", c.temperature());
            n.put("sites", c.sites());
            n.put("area", c.area());
            n.put("updates", c.updates());
            ArrayNode bins = n.putArray("bins");
            for (double[] b : c.binMeans()) {
                ArrayNode row = bins.addArray();
                for (double v : b) {
                    row.add(v);
                }
            }
        }
        return root;
    }

    static ChainResult chain(JsonNode n) {
        JsonNode bins = n.get("bins");
        double[][] b = new double[bins.size()][];
        for (int i = 0; i < b.length; i++) {
            b[i] = new double[bins.get(i).size()];
            for (int k = 0; k < b[i].length; k++) {
                b[i][k] = bins.get(i).get(k).asDouble();
            }
        }
        return new ChainResult(n.get("temperature").asDouble(), n.get("sites").asInt(), n.get("area").asDouble(), b,
                n.get("updates").asLong());
    }

    /** The parts of one run (same meta and plan), joined into every chain of the plan. */
    static Joined join(List<JsonNode> parts) throws UserError {
        if (parts.isEmpty()) {
            throw new UserError("merge needs at least one part file");
        }
        JsonNode first = parts.get(0);
        for (JsonNode p : parts) {
            if (!PART_FORMAT.equals(p.path("format").asText())) {
                throw new UserError("not an mc part file (format " + p.path("format").asText("none") + ")");
            }
            if (!p.get("meta").equals(first.get("meta")) || !p.get("plan").equals(first.get("plan"))) {
                throw new UserError("the part files come from different runs (spec, options or seed differ)");
            }
        }
        ScanPlan plan = plan(first.get("plan"));
        ChainResult[] chains = new ChainResult[plan.taskCount()];
        for (JsonNode p : parts) {
            for (JsonNode n : p.get("chains")) {
                int k = n.get("task").asInt();
                if (k < 0 || k >= chains.length || chains[k] != null) {
                    throw new UserError("task " + k + " is missing from the plan or appears twice across the parts");
                }
                chains[k] = chain(n);
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int k = 0; k < chains.length; k++) {
            if (chains[k] == null) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            throw new UserError(missing.size() + " of " + chains.length + " chains are missing (tasks " + missing.subList(0,
                    Math.min(5, missing.size())) + (missing.size() > 5 ? ", ..." : "") + "): a shard's part file is absent");
        }
        return new Joined((ObjectNode) first.get("meta"), plan, chains);
    }

    record Joined(ObjectNode meta, ScanPlan plan, ChainResult[] chains) {
    }

    /**
     * The deterministic result: the meta of the run, the fit, Υ(T) per size and the kelvin value.
     * {@code mc} without shards and {@code merge} both print this.
     */
    static ObjectNode result(ObjectNode meta, ScanPlan plan, ChainResult[] chains) {
        BktFit.Result fit = BktFit.fit(plan, chains);
        long updates = 0;
        for (ChainResult c : chains) {
            updates += c.updates();
        }
        ObjectNode root = JSON.createObjectNode();
        ObjectNode mc = root.putObject("mc");
        double c = fit.tbkt();
        mc.put("tbkt_over_ej", c);
        mc.put("tbkt_over_ej_error", fit.error());
        JsonNode j = meta.get("junction");
        double rn = j.get("rn_ohm").asDouble();
        double tk = rn > 0 ? BktTransition.classicalK(c, rn, j.get("tc0_K").asDouble(), j.get("gap_ratio").asDouble()) : 0;
        // the error in kelvin by the same self-consistent map at c ± error
        double tkHi = rn > 0 ? BktTransition.classicalK(c + fit.error(), rn, j.get("tc0_K").asDouble(),
                j.get("gap_ratio").asDouble()) : 0;
        mc.put("tbkt_K", tk);
        mc.put("tbkt_K_error", Math.abs(tkHi - tk));
        mc.put("ej_K", j.get("ej_K").asDouble());
        ArrayNode sizes = mc.putArray("sizes");
        for (int s : plan.sizes()) {
            sizes.add(s);
        }
        mc.put("sweeps", plan.schedule().measurements());
        mc.put("draws", plan.draws());
        mc.put("seed", plan.seed());
        mc.put("updates", updates);
        mc.put("bracketed", fit.bracketed());
        mc.put("chi2_per_dof", fit.chi2PerDof());
        mc.put("wm_constant", fit.constant());
        mc.setAll(meta);
        ArrayNode t = mc.putArray("temperatures_over_ej");
        for (double v : plan.temperatures()) {
            t.add(v);
        }
        ArrayNode curves = mc.putArray("helicity");
        for (int s = 0; s < plan.sizes().length; s++) {
            ObjectNode cv = curves.addObject();
            cv.put("size", plan.sizes()[s]);
            ArrayNode v = cv.putArray("upsilon_over_ej");
            ArrayNode e = cv.putArray("error");
            for (int k = 0; k < plan.temperatures().length; k++) {
                v.add(fit.helicity()[s][k]);
                e.add(fit.helicityError()[s][k]);
            }
        }
        return root;
    }

    static String text(JsonNode n) throws com.fasterxml.jackson.core.JsonProcessingException {
        return JSON.writeValueAsString(n) + "\n";
    }
}
