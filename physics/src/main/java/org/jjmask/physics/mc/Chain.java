package org.jjmask.physics.mc;

import org.apache.commons.rng.UniformRandomProvider;

/** Runs one chain: random start, thermalisation, measured steps grouped in bins. */
public final class Chain {
    private Chain() {
    }

    /** Vortices are counted every this many measured steps (an atan2 per bond is dearer than a sweep). */
    static final int VORTEX_EVERY = 8;

    public static ChainResult run(XyNetwork net, double temperature, Schedule schedule, UniformRandomProvider rng) {
        XySimulation sim = new XySimulation(net, temperature, rng);
        return run(net, sim, schedule);
    }

    /** Continues {@code sim} (already set up, e.g. from a chosen start) through {@code schedule}. */
    public static ChainResult run(XyNetwork net, XySimulation sim, Schedule schedule) {
        Observables obs = new Observables(net);
        sim.thermalise(schedule, schedule.thermalisation());
        int perBin = schedule.measurements() / schedule.bins();
        double[][] bins = new double[schedule.bins()][Observables.COUNT];
        double[] o = new double[Observables.COUNT];
        for (int b = 0; b < schedule.bins(); b++) {
            double[] acc = bins[b];
            int vortexSamples = 0;
            for (int t = 0; t < perBin; t++) {
                sim.step(schedule);
                boolean v = t % VORTEX_EVERY == 0;
                obs.measure(sim.liveX(), sim.liveY(), v, o);
                for (int k = 0; k < Observables.VORTEX; k++) {
                    acc[k] += o[k];
                }
                if (v) {
                    acc[Observables.VORTEX] += o[Observables.VORTEX];
                    vortexSamples++;
                }
            }
            for (int k = 0; k < Observables.VORTEX; k++) {
                acc[k] /= perBin;
            }
            acc[Observables.VORTEX] /= vortexSamples;
        }
        return new ChainResult(1 / sim.beta(), net.sites(), net.area(), bins, sim.updates());
    }
}
