package org.jjmask.physics;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jjmask.physics.laplace.HoleLattice;

/**
 * Writes {@code physics/src/main/resources/org/jjmask/physics/cell-in-field.csv}: the nodes of
 * {@link CellInField} (λa² at f = 0, λ/λ_LLL at f &gt; 0) for the given lattices and b/a, every D/a
 * node, the whole-number fluxes and the quarter T_c(B) nodes, each line as soon as its batch is
 * solved (appending; a resumed run solves only the nodes the file does not hold yet). Run from the module with the test classpath:
 * <pre>
 *   java -cp target/classes:target/test-classes:$HOME/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar \
 *     org.jjmask.physics.CellInFieldTable OUT.csv THREADS TRIANGULAR:inf SQUARE:inf TRIANGULAR:0.02 ...
 * </pre>
 */
public final class CellInFieldTable {
    private CellInFieldTable() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        if (!Files.exists(out)) {
            Files.writeString(out, "lattice,d_over_a,b_over_a,flux_per_hole,value\n", StandardCharsets.UTF_8);
        }
        // a resumed run skips the (lattice, D/a, b/a) columns the file already holds
        java.util.Set<String> done = new java.util.HashSet<>();
        for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            String[] c = l.split(",");
            if (c.length == 5) {
                done.add(c[0] + "," + c[1] + "," + c[2] + "," + c[3]);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int a = 2; a < args.length; a++) {
            String[] p = args[a].split(":");
            HoleLattice lattice = HoleLattice.valueOf(p[0]);
            double b = p[1].equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(p[1]);
            for (int i = 1; Math.round(i * CellInField.D_STEP * 1000) <= Math.round(CellInField.D_MAX * 1000); i++) {
                double d = i * CellInField.D_STEP;
                List<Double> fluxes = new ArrayList<>(fluxes());
                String column = String.format(Locale.ROOT, "%s,%.2f,%s,", lattice.name(), d, p[1]);
                fluxes.removeIf(f -> done.contains(column + f));
                if (fluxes.isEmpty()) {
                    continue;
                }
                List<Future<Double>> jobs = new ArrayList<>();
                for (double f : fluxes) {
                    jobs.add(pool.submit(() -> CellInField.solve(lattice, d, b, f)));
                }
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND))) {
                    for (int k = 0; k < fluxes.size(); k++) {
                        w.println(line(lattice, d, b, fluxes.get(k), jobs.get(k).get()));
                    }
                }
                System.err.printf(Locale.ROOT, "%s b/a %s D/a %.2f done%n", lattice, p[1], d);
            }
        }
        pool.shutdown();
    }

    /** 0, the quarter T_c(B) nodes and the whole-number H_c2 nodes, ascending, no repeats. */
    static List<Double> fluxes() {
        java.util.TreeSet<Double> s = new java.util.TreeSet<>();
        s.add(0.0);
        for (double f : CellInField.tcOfBFlux()) {
            s.add(f);
        }
        for (int m : CellInField.FLUX) {
            s.add((double) m);
        }
        return new ArrayList<>(s);
    }

    static String line(HoleLattice lattice, double d, double b, double f, double v) {
        return String.format(Locale.ROOT, "%s,%.2f,%s,%s,%s", lattice.name(), d,
                Double.isInfinite(b) ? "inf" : Double.toString(b), Double.toString(f), Double.toString(v));
    }

    static void write(Path out, List<String> lines) throws IOException {
        Files.write(out, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
