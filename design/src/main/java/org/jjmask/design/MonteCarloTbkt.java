package org.jjmask.design;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.IntConsumer;
import org.jjmask.physics.mc.BktFit;
import org.jjmask.physics.mc.ChainResult;
import org.jjmask.physics.mc.MonteCarloBkt;
import org.jjmask.physics.mc.Scan;
import org.jjmask.physics.mc.ScanPlan;
import org.jjmask.physics.mc.XyNetwork;

/**
 * {@code model.tbkt: monte_carlo}: T_BKT/E_J of the spec's own junction network at zero field,
 * measured as {@code jjmask mc} does with the spec's {@code model.mc_*} options, and the key it is
 * cached under. Writes nothing; the CLI keeps the cache.
 */
public final class MonteCarloTbkt {

    /**
     * Changes whenever the engine's numbers for the same network and options may change, so that an
     * old cache entry is not taken for a new measurement.
     */
    static final String ENGINE = "xy-mc/1";

    private MonteCarloTbkt() {
    }

    /** A spec's zero-field network family, its sizes and draws, ready to key or run. */
    private record Run(McNetworks.McFamily family, MonteCarloBkt mc, int draws) {
    }

    private static Run prepare(Spec spec) {
        Spec.MonteCarloSpec o = spec.model().monteCarlo();
        McNetworks.McFamily family = McNetworks.of(spec, 0.0, Spec.MonteCarloSpec.DRAWS);
        int draws = family.scattered() ? Spec.MonteCarloSpec.DRAWS : 1;
        return new Run(family, new MonteCarloBkt(o.sizes(), o.sweeps(), Spec.MonteCarloSpec.TEMPERATURES, draws,
                o.seed()), draws);
    }

    /**
     * The cache key: SHA-256 of the engine version, the run's options and every patch the run would
     * simulate (sites, bonds with their vectors, couplings and gauge phases, bit for bit). Two specs
     * with the same network and options share an entry; any change of the network or options misses.
     *
     * @throws IllegalArgumentException when the network cannot be cut (no bulk, a window that does not fit)
     */
    public static String key(Spec spec) {
        return key(prepare(spec));
    }

    private static String key(Run r) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            ByteBuffer b = ByteBuffer.allocate(64);
            d.update(ENGINE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            b.putInt(r.mc().sweeps()).putInt(r.mc().temperatures()).putInt(r.draws()).putLong(r.mc().seed());
            for (int s : r.mc().sizes()) {
                b.putInt(s);
            }
            d.update(b.array(), 0, b.position());
            for (int s : r.mc().sizes()) {
                for (int draw = 0; draw < r.draws(); draw++) {
                    digest(d, r.family().family().patch(s, draw));
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digest(MessageDigest d, XyNetwork n) {
        ByteBuffer b = ByteBuffer.allocate(16 + 16 * n.sites() + 48 * n.bonds() + 8);
        b.putInt(n.sites()).putInt(n.bonds()).put((byte) (n.periodic() ? 1 : 0));
        for (int i = 0; i < n.sites(); i++) {
            b.putDouble(n.x(i)).putDouble(n.y(i));
        }
        for (int k = 0; k < n.bonds(); k++) {
            b.putInt(n.from(k)).putInt(n.to(k)).putDouble(n.bondX(k)).putDouble(n.bondY(k)).putDouble(n.coupling(k))
                    .putDouble(n.gauge(k));
        }
        b.putDouble(n.area());
        d.update(b.array(), 0, b.position());
    }

    /**
     * Runs the Monte Carlo (the pilot, then the chains on {@code threads} threads; the numbers do
     * not depend on it).
     *
     * @param progress called once per finished chain, with the number of chains as the first call's argument
     *     negated (so a bar can be sized)
     * @throws IllegalArgumentException when the network cannot be cut or shows no phase coherence
     */
    public static TbktMeasurement measure(Spec spec, int threads, IntConsumer progress) {
        Run r = prepare(spec);
        String key = key(r);
        ScanPlan plan;
        try {
            plan = r.mc().plan(r.family().family(), threads);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("model.tbkt: monte_carlo: " + e.getMessage(), e);
        }
        progress.accept(-plan.taskCount());
        ChainResult[] chains = Scan.runAll(plan, r.family().family(), threads, k -> progress.accept(k));
        BktFit.Result fit = BktFit.fit(plan, chains);
        return new TbktMeasurement(key, McNetworks.networkName(spec), fit.tbkt(), fit.error(), fit.chi2PerDof(),
                fit.bracketed(), plan.sizes(), plan.schedule().measurements(), plan.seed(), plan.temperatures(),
                fit.helicity(), fit.helicityError());
    }
}
