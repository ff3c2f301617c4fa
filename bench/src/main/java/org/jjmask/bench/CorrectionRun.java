package org.jjmask.bench;

import java.util.Locale;
import org.jjmask.exposure.DoseCorrection;
import org.jjmask.layout.Layout;

/**
 * Whole-process timing of {@link CorrectionCase}: fill, then correction, one cold JVM; prints the
 * holes, classes, holes outside the bulk class, class step, residual, iterations, the seconds of
 * each step and the heap in use after a GC. Run with {@code -Xmx1g} for the 1 GB budget.
 */
public final class CorrectionRun {

    private CorrectionRun() {}

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Layout layout = CorrectionCase.layout();
        long t1 = System.nanoTime();
        DoseCorrection c = CorrectionCase.correct(layout);
        long t2 = System.nanoTime();
        long blocks = org.jjmask.exposure.ClassBlocks.of(layout, c.classOf()).size();
        long t3 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT,
                "holes %d, classes %d, outside bulk class %d, class step %.3f %%, residual %.3f %%, iterations %d%n"
                        + "fill %.2f s, correction %.2f s, %d class blocks (%.2f s), heap in use %d MB (max %d MB)%n",
                c.classOf().length, c.classes().size(), c.holesOutsideBulkClass(), 100 * c.classStep(),
                100 * c.residual(), c.iterations(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, blocks, (t3 - t2) / 1e9, used >> 20, rt.maxMemory() >> 20);
    }
}
