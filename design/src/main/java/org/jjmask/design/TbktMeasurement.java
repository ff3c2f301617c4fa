package org.jjmask.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import org.jjmask.physics.MeasuredXyConstant;

/**
 * What the XY Monte Carlo measured on a spec's own network for {@code model.tbkt: monte_carlo}:
 * T_BKT/E_J with its error and the helicity modulus Υ(T) per size that the report draws against
 * 2T/π. Its JSON form is the cache entry; doubles are written in Jackson's shortest round-trip form,
 * so a cached and a fresh measurement are the same numbers and the outputs the same bytes.
 *
 * @param key the cache key: a hash of the network's patches and the run's options ({@link MonteCarloTbkt#key})
 * @param network the island network's name
 * @param tbktOverEj k_B T_BKT / E_J of the mean junction
 * @param error its one-σ error (the fit's)
 * @param chi2PerDof the Weber–Minnhagen fit's χ²/dof
 * @param bracketed false when the fitted T lies at an end of the temperature grid
 * @param sizes patch sizes L
 * @param sweeps measured sweeps per chain
 * @param seed the run's seed
 * @param temperatures temperatures T/E_J of the grid
 * @param helicity Υ/E_J [size][temperature]
 * @param helicityError its error
 */
public record TbktMeasurement(String key, String network, double tbktOverEj, double error, double chi2PerDof,
        boolean bracketed, int[] sizes, int sweeps, long seed, double[] temperatures, double[][] helicity,
        double[][] helicityError) {

    static final String FORMAT = "jjmask-tbkt-cache/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The physics' view: the constant, its error and how it was measured. */
    public MeasuredXyConstant constant() {
        return new MeasuredXyConstant(tbktOverEj, error, "L = " + Arrays.toString(sizes).replace("[", "").replace("]", "")
                + ", " + sweeps + " sweeps, seed " + seed);
    }

    /** The cache entry's text. */
    public String toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("format", FORMAT);
        o.put("key", key);
        o.put("network", network);
        o.put("tbkt_over_ej", tbktOverEj);
        o.put("tbkt_over_ej_error", error);
        o.put("chi2_per_dof", chi2PerDof);
        o.put("bracketed", bracketed);
        ArrayNode s = o.putArray("sizes");
        Arrays.stream(sizes).forEach(s::add);
        o.put("sweeps", sweeps);
        o.put("seed", seed);
        ArrayNode t = o.putArray("temperatures_over_ej");
        Arrays.stream(temperatures).forEach(t::add);
        o.set("upsilon_over_ej", matrix(helicity));
        o.set("upsilon_error", matrix(helicityError));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A cache entry read back.
     *
     * @throws IllegalArgumentException when the text is not a complete entry of this format
     */
    public static TbktMeasurement fromJson(String text) {
        try {
            JsonNode o = JSON.readTree(text);
            if (o == null || !FORMAT.equals(o.path("format").asText())) {
                throw new IllegalArgumentException("not a " + FORMAT + " entry");
            }
            int[] sizes = new int[o.get("sizes").size()];
            for (int k = 0; k < sizes.length; k++) {
                sizes[k] = o.get("sizes").get(k).asInt();
            }
            double[] t = vector(o.get("temperatures_over_ej"));
            return new TbktMeasurement(o.get("key").asText(), o.get("network").asText(), o.get("tbkt_over_ej").asDouble(),
                    o.get("tbkt_over_ej_error").asDouble(), o.get("chi2_per_dof").asDouble(), o.get("bracketed").asBoolean(),
                    sizes, o.get("sweeps").asInt(), o.get("seed").asLong(), t, matrix(o.get("upsilon_over_ej")),
                    matrix(o.get("upsilon_error")));
        } catch (IOException | NullPointerException e) {
            throw new IllegalArgumentException("not a complete " + FORMAT + " entry", e);
        }
    }

    private static ArrayNode matrix(double[][] m) {
        ArrayNode a = JSON.createArrayNode();
        for (double[] row : m) {
            ArrayNode r = a.addArray();
            Arrays.stream(row).forEach(r::add);
        }
        return a;
    }

    private static double[] vector(JsonNode n) {
        double[] v = new double[n.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = n.get(k).asDouble();
        }
        return v;
    }

    private static double[][] matrix(JsonNode n) {
        double[][] m = new double[n.size()][];
        for (int k = 0; k < m.length; k++) {
            m[k] = vector(n.get(k));
        }
        return m;
    }

    // arrays by content: two reads of one entry are equal measurements
    @Override
    public boolean equals(Object o) {
        return o instanceof TbktMeasurement m && key.equals(m.key) && toJson().equals(m.toJson());
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return "TbktMeasurement[" + network + ", " + tbktOverEj + " ± " + error + ", key " + key + "]";
    }
}
