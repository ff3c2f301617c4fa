package org.jjmask.bench;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.simple.RandomSource;
import org.jjmask.physics.mc.Lattice;
import org.jjmask.physics.mc.XyNetwork;
import org.jjmask.physics.mc.XySimulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * XY Monte Carlo spin updates on a 128 × 128 square network at T = 0.9 (near T_BKT): one
 * Metropolis sweep or one over-relaxation sweep per invocation, scored in updates per second
 * (16,384 per sweep). The {@code *TwoThreads} variants run one chain per thread on both cores, as
 * the temperature scan does. docs/BENCHMARKS.md has the figures; bench/c/ the C loop of the same kernel.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class XyMonteCarloBenchmark {
    static final int SITES = 128 * 128;

    @Param({"128"})
    public int size;

    private XySimulation sim;

    @Setup
    public void setUp() {
        XyNetwork net = Lattice.SQUARE.patch(size, 0);
        sim = new XySimulation(net, 0.9, RandomSource.L64_X128_MIX.create(Thread.currentThread().getId()));
        for (int k = 0; k < 50; k++) {
            sim.metropolisSweep();
        }
    }

    @Benchmark
    @OperationsPerInvocation(SITES)
    public long metropolis() {
        sim.metropolisSweep();
        return sim.updates();
    }

    @Benchmark
    @OperationsPerInvocation(SITES)
    public long overRelaxation() {
        sim.overRelaxationSweep();
        return sim.updates();
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(SITES)
    public long metropolisTwoThreads() {
        sim.metropolisSweep();
        return sim.updates();
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(SITES)
    public long overRelaxationTwoThreads() {
        sim.overRelaxationSweep();
        return sim.updates();
    }
}
