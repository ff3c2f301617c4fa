package org.jjmask.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jjmask.design.MonteCarloTbkt;
import org.jjmask.design.Spec;
import org.jjmask.design.TbktMeasurement;

/**
 * {@code model.tbkt: monte_carlo} at the edge: the spec's measured T_BKT/E_J from the cache, or a
 * Monte Carlo run whose result is put there, so a second design of the same network is instant.
 * Entries are {@code DIR/tbkt/KEY.json}, KEY the hash {@link MonteCarloTbkt#key} of the network's
 * patches and the run's options; DIR is {@code $JJMASK_CACHE_DIR}, else {@code $XDG_CACHE_HOME/jjmask},
 * else {@code ~/.cache/jjmask}. A cached and a fresh measurement are the same numbers
 * ({@link TbktMeasurement#toJson} round-trips), so the outputs are the same bytes either way.
 */
final class TbktCache {
    /** The environment variable that moves the cache. */
    static final String ENV = "JJMASK_CACHE_DIR";
    /** The same as a system property (tests run in one JVM and cannot set the environment). */
    static final String PROPERTY = "jjmask.cache.dir";

    private TbktCache() {
    }

    static Path directory(Map<String, String> env) {
        String p = System.getProperty(PROPERTY);
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        String d = env.get(ENV);
        if (d != null && !d.isBlank()) {
            return Path.of(d);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "jjmask");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "jjmask");
    }

    /**
     * The spec with its Monte Carlo measurement when it asks for one; unchanged otherwise.
     *
     * @throws UserError when the network cannot be measured (no bulk, no coherence)
     */
    static Spec resolve(Spec spec, PrintWriter err, boolean quiet) throws UserError {
        if (spec.model().tbkt() != Spec.TbktMethod.MONTE_CARLO) {
            return spec;
        }
        String key;
        try {
            key = MonteCarloTbkt.key(spec);
        } catch (IllegalArgumentException e) {
            throw new UserError("model.tbkt: monte_carlo: " + e.getMessage());
        }
        Path file = directory(System.getenv()).resolve("tbkt").resolve(key + ".json");
        Optional<TbktMeasurement> cached = read(file, key);
        if (cached.isPresent()) {
            return spec.withModel(spec.model().withMeasured(cached.get()));
        }
        if (!quiet) {
            err.printf("jjmask: model.tbkt: monte_carlo: measuring T_BKT/E_J of the spec's network (L = %s, %d sweeps); "
                    + "cached in %s%n", java.util.Arrays.toString(spec.model().monteCarlo().sizes()),
                    spec.model().monteCarlo().sweeps(), file.getParent());
            err.flush();
        }
        TbktMeasurement m = measure(spec, quiet);
        try {
            McCommand.write(file, m.toJson());
        } catch (Exception e) {
            // no cache is slower, not wrong: the measurement is used all the same
            err.println("jjmask: note: could not write the Monte Carlo cache " + file + " ("
                    + (e instanceof IOException io ? IoErrors.describe(io) : e.getMessage()) + ")");
            err.flush();
        }
        return spec.withModel(spec.model().withMeasured(m));
    }

    private static Optional<TbktMeasurement> read(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            TbktMeasurement m = TbktMeasurement.fromJson(Files.readString(file, StandardCharsets.UTF_8));
            // a damaged or foreign entry is measured again (and overwritten)
            return m.key().equals(key) ? Optional.of(m) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static TbktMeasurement measure(Spec spec, boolean quiet) throws UserError {
        int threads = Runtime.getRuntime().availableProcessors();
        boolean bar = !quiet && System.console() != null && !"dumb".equals(System.getenv("TERM"));
        try {
            if (!bar) {
                return MonteCarloTbkt.measure(spec, threads, k -> { });
            }
            ProgressBar[] pb = new ProgressBar[1];
            try {
                return MonteCarloTbkt.measure(spec, threads, k -> {
                    if (k < 0) {
                        pb[0] = new ProgressBarBuilder().setTaskName("mc").setInitialMax(-k)
                                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
                    } else if (pb[0] != null) {
                        pb[0].step();
                    }
                });
            } finally {
                if (pb[0] != null) {
                    pb[0].close();
                }
            }
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
