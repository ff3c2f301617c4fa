package org.jjmask.physics;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jjmask.physics.laplace.HoleLattice;

/**
 * Writes {@code physics/src/main/resources/org/jjmask/physics/gl-nucleation.csv}: every node of
 * {@link GlNucleationNodes}' rows for the given lattices, one D/a column at a time (appending, so a long run can
 * be resumed by naming the lattices still to do). Run from the module with the test classpath:
 * <pre>
 *   java -cp target/classes:target/test-classes:$HOME/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar \
 *     org.jjmask.physics.GlNucleationTable OUT.csv THREADS TRIANGULAR SQUARE HONEYCOMB KAGOME
 * </pre>
 */
public final class GlNucleationTable {
    private GlNucleationTable() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        if (!Files.exists(out)) {
            Files.writeString(out, "lattice,d_node,ln_b_row,lambda_a2\n", StandardCharsets.UTF_8);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(args[1]));
        for (int a = 2; a < args.length; a++) {
            HoleLattice lattice = HoleLattice.valueOf(args[a]);
            for (int i = 1; i <= GlNucleation.LAST_D; i++) {
                List<GlNucleation.Node> nodes = nodes(lattice, i);
                List<Future<Double>> jobs = new ArrayList<>();
                for (GlNucleation.Node n : nodes) {
                    jobs.add(pool.submit(() -> GlNucleation.solve(lattice, GlNucleation.dNode(n.d()),
                            GlNucleation.bNode(n.b()))));
                }
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND))) {
                    for (int k = 0; k < nodes.size(); k++) {
                        w.println(GlNucleationNodes.line(nodes.get(k), jobs.get(k).get()));
                    }
                }
                System.err.println(lattice + " D/a node " + i + " done");
            }
        }
        pool.shutdown();
    }

    /** The b = 0 node and every shipped row of one D/a column. */
    static List<GlNucleation.Node> nodes(HoleLattice lattice, int i) {
        List<GlNucleation.Node> out = new ArrayList<>();
        out.add(new GlNucleation.Node(lattice, i, GlNucleation.ZERO_B));
        for (int m = GlNucleationNodes.FIRST_ROW; m <= GlNucleationNodes.LAST_ROW; m++) {
            out.add(new GlNucleation.Node(lattice, i, m));
        }
        return out;
    }
}
