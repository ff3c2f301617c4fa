package org.jjmask.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr when it is a terminal (the JVM has a console and TERM is not dumb),
 * nothing otherwise: piped output, files and test logs stay as they are.
 */
final class Progress implements AutoCloseable {

    private final ProgressBar bar;
    private boolean closed;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar of {@code max} steps named {@code task}, or a silent one when {@code quiet} or not on a terminal. */
    static Progress of(String task, long max, boolean quiet) {
        return new Progress(onTerminal() && !quiet ? new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build() : null);
    }

    /** A silent one. */
    static Progress none() {
        return new Progress(null);
    }

    static boolean onTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** One step done; {@code next} says what runs now. */
    void step(String next) {
        if (bar != null && !closed) {
            bar.step();
            bar.setExtraMessage(next);
        }
    }

    /** One step done (from any thread). */
    void tick() {
        if (bar != null && !closed) {
            bar.step();
        }
    }

    void stepTo(long n) {
        if (bar != null && !closed) {
            bar.stepTo(n);
        }
    }

    void message(String what) {
        if (bar != null && !closed) {
            bar.setExtraMessage(what);
        }
    }

    @Override
    public void close() {
        if (bar != null && !closed) {
            closed = true;
            bar.close();
        }
    }
}
