package org.jjmask.physics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.jjmask.physics.laplace.HoleLattice;

/**
 * The cell eigenvalues {@link GlNucleation} interpolates, solved ahead for the rows a film with damaged walls
 * meets (b/a from e^{{@value #FIRST_ROW}·0.25} ≈ 7·10⁻⁴ to e^{{@value #LAST_ROW}·0.25} ≈ 1.6, and b = 0) and every D/a
 * node, and shipped as {@value #TABLE} (written by the test class {@code GlNucleationTable} with the same
 * {@link GlNucleation#solve}): without it each node costs a linearised-GL solve of 0.05–0.5 s, and a search
 * over pitch and diameter meets a few hundred. A node outside the table is solved as before.
 */
final class GlNucleationNodes {
    private GlNucleationNodes() {
    }

    /** The resource. */
    static final String TABLE = "gl-nucleation.csv";
    /** The first and last ln(b/a) rows shipped. */
    static final int FIRST_ROW = -29;
    static final int LAST_ROW = 2;

    private static volatile Map<GlNucleation.Node, Double> table;

    /** The shipped nodes (empty without the resource). */
    static Map<GlNucleation.Node, Double> table() {
        Map<GlNucleation.Node, Double> t = table;
        if (t == null) {
            synchronized (GlNucleationNodes.class) {
                t = table;
                if (t == null) {
                    t = read();
                    table = t;
                }
            }
        }
        return t;
    }

    /** One line: lattice, D/a index, ln(b/a) row ("zero" for b = 0), λa². */
    static String line(GlNucleation.Node n, double value) {
        return n.lattice().name() + "," + n.d() + "," + (n.b() == GlNucleation.ZERO_B ? "zero" : Integer.toString(n.b()))
                + "," + value;
    }

    private static Map<GlNucleation.Node, Double> read() {
        Map<GlNucleation.Node, Double> out = new HashMap<>();
        try (InputStream in = GlNucleationNodes.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                return Map.of();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("lattice")) {
                    continue;
                }
                String[] p = line.split(",");
                int row = p[2].equals("zero") ? GlNucleation.ZERO_B : Integer.parseInt(p[2]);
                out.put(new GlNucleation.Node(HoleLattice.valueOf(p[0]), Integer.parseInt(p[1]), row),
                        Double.parseDouble(p[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
