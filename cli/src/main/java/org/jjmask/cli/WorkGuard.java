package org.jjmask.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.jjmask.design.Numbers;
import org.jjmask.design.Spec;
import org.jjmask.design.Workload;

/**
 * Estimates of large work made before it starts, and the refusal of work above the limits unless
 * {@code --force}: one line with the estimate, exit 2, nothing written. The estimates come from the
 * spec or the file's structure alone (a device outline, an array's counts), never from doing the
 * work, so a refusal is immediate and the same on every machine; the rates are this project's
 * measurements on one core of the reference machine (docs/BENCHMARKS.md), so the times are rough.
 */
final class WorkGuard {

    private WorkGuard() {}

    /** Longest estimated run accepted without --force, s. */
    static final double MAX_SECONDS = 3600;
    /** Most estimated memory accepted without --force, bytes. */
    static final double MAX_MEMORY_BYTES = 8e9;
    /** Largest estimated output accepted without --force, bytes. */
    static final double MAX_OUTPUT_BYTES = 2e9;
    /** Beam time from which the terminal is warned, s. */
    static final double WARN_WRITE_SECONDS = 3600;

    /**
     * A scattered (rotated or disordered) design pass: CPU time per hole, s (fill, rules, network);
     * measured: 2,337,739 rotated holes in 11.8 s of CPU and 691 MB resident.
     */
    static final double SCATTERED_S_PER_HOLE = 6e-6;
    /** ... and its memory per hole, bytes (positions, the rules' spatial index). */
    static final double SCATTERED_BYTES_PER_HOLE = 300;
    /** A sweep point on the cheap path (unit cell, rules, prediction), CPU s; measured: 2,000 points in 5.8 s. */
    static final double SWEEP_S_PER_POINT = 3e-3;
    /**
     * Filling the device for a sweep point's exact hole count, CPU s per √hole (the fill works by
     * rows); measured: 200 points of the demo Hall bar (about 250,000 holes each) in 20 s of CPU.
     */
    static final double SWEEP_FILL_S_PER_SQRT_HOLE = 2e-4;
    /** A sweep row of the CSV, bytes (157 measured). */
    static final double SWEEP_BYTES_PER_ROW = 160;
    /** A sweep row held for {@code --json}, bytes (its CSV text, then its JSON tree and text). */
    static final double SWEEP_JSON_BYTES_PER_ROW = 2000;
    /**
     * Checking a GDSII file: CPU s per flattened hole (flatten, per-hole rules, necks); measured:
     * 2.3 million holes of AREFs in 6.0 s of CPU and 476 MB resident.
     */
    static final double CHECK_S_PER_HOLE = 3e-6;
    /** ... and its memory per hole, bytes (position, shape id, the sort of the spatial hash). */
    static final double CHECK_BYTES_PER_HOLE = 150;

    /** An estimate: what is counted, time, memory and output. */
    record Estimate(String what, double seconds, double memoryBytes, double outputBytes) {

        boolean tooLarge() {
            return seconds > MAX_SECONDS || memoryBytes > MAX_MEMORY_BYTES || outputBytes > MAX_OUTPUT_BYTES;
        }

        /** "would take about 9 h, need 40 GB of memory and write 180 MB". */
        String cost() {
            StringBuilder b = new StringBuilder("would take about ").append(Numbers.duration(seconds));
            if (memoryBytes > 1e9) {
                b.append(outputBytes > 1e6 ? ", need " : " and need ").append(bytes(memoryBytes)).append(" of memory");
            }
            if (outputBytes > 1e6) {
                b.append(" and write ").append(bytes(outputBytes));
            }
            return b.toString();
        }
    }

    /** The design pass of {@code spec} ({@code design}, {@code predict}, {@code check SPEC}, {@code optimize}'s design). */
    static Estimate design(String command, Spec spec) {
        Workload w = Workload.of(spec);
        String what = command + " of about " + count(w.holes()) + " holes";
        if (!w.scattered()) {
            // arrays: the fill, the rules and the file grow with the device's edge, not its area
            return new Estimate(what, 0, 0, 0);
        }
        return new Estimate(what + " placed one by one (" + (spec.lattice().rotationDeg() != 0 ? "rotated" : "disordered")
                + " lattice)", w.holes() * SCATTERED_S_PER_HOLE, w.holes() * SCATTERED_BYTES_PER_HOLE, 0);
    }

    /** A sweep of {@code points} over {@code spec}'s device on {@code threads} threads. */
    static Estimate sweep(Spec spec, long points, boolean exactHoles, int threads, boolean json) {
        double perPoint = SWEEP_S_PER_POINT;
        if (exactHoles) {
            perPoint += SWEEP_FILL_S_PER_SQRT_HOLE * Math.sqrt(Workload.of(spec).holes());
        }
        return new Estimate("sweep of " + count(points) + " points", points * perPoint / Math.max(1, threads),
                json ? points * SWEEP_JSON_BYTES_PER_ROW : 0, points * SWEEP_BYTES_PER_ROW);
    }

    /** A check of a GDSII file of {@code holes} flattened holes. */
    static Estimate checkGds(String file, long holes) {
        return new Estimate("check of " + file + " (" + count(holes) + " holes once arrays are expanded)",
                holes * CHECK_S_PER_HOLE, holes * CHECK_BYTES_PER_HOLE, 0);
    }

    /** Refuses {@code e} when it is above a limit and not forced. */
    static void require(Estimate e, boolean force) throws UserError {
        if (e.tooLarge() && !force) {
            throw new UserError(e.what() + " " + e.cost() + "; give --force to run it");
        }
    }

    /** On the terminal's stderr: a mask whose e-beam write takes hours. */
    static void warnWriteTime(double writeTimeS, Spec spec, PrintWriter err) {
        if (writeTimeS >= WARN_WRITE_SECONDS) {
            err.println("jjmask: warning: the e-beam would write this mask for about " + Numbers.duration(writeTimeS)
                    + " (" + Numbers.format(spec.ebeam().doseUcCm2()) + " µC/cm² at " + Numbers.format(spec.ebeam().currentNa())
                    + " nA, stage moves and settling not included)");
            err.flush();
        }
    }

    /** 1,073,676,289: digits grouped, as inspect prints counts. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "180 MB", "40 GB": decimal units, two significant digits. */
    static String bytes(double b) {
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB"};
        int u = 0;
        double r = b;
        while (r >= 1000 && u < units.length - 1) {
            b /= 1000;
            u++;
            r = b;
        }
        r = new java.math.BigDecimal(b).round(new java.math.MathContext(2)).doubleValue();
        if (r >= 1000 && u < units.length - 1) {  // 999 rounds up to the next unit
            r /= 1000;
            u++;
        }
        return (r == Math.rint(r) ? String.format(Locale.ROOT, "%.0f", r) : String.valueOf(r)) + " " + units[u];
    }
}
