package org.jjmask.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Spec;

/**
 * {@code java -cp bench/target/benchmarks.jar org.jjmask.bench.HallBarWrite FILE [OUTLINE.txt]}:
 * the whole hierarchical path, spec text to GDS file, timing the spec parse (YAML), the design
 * pass (fill, facts, rules, prediction) and the write separately. With OUTLINE.txt also writes the outline ring in nm, one
 * "x y" per line, for {@code bench/klayout/hallbar_fill.py}.
 */
public final class HallBarWrite {

    private HallBarWrite() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: HallBarWrite FILE [OUTLINE.txt]");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Spec spec = HallBarDesign.spec();
        long ts = System.nanoTime();
        DesignResult result = HallBarDesign.design(spec);
        long t1 = System.nanoTime();
        long bytes;
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            bytes = HallBarDesign.write(result, out);
        }
        long t2 = System.nanoTime();
        if (args.length == 2) {
            Files.writeString(Path.of(args[1]), HallBarDesign.outlineNm(result));
        }
        double s = (t2 - t0) / 1e9;
        long holes = result.holes();
        System.out.printf("HallBarWrite holes=%d arrays=%d bytes=%d spec_s=%.3f design_s=%.3f write_s=%.3f "
            + "seconds=%.3f holes_per_s=%.0f%n", holes, result.layout().arrays().size(), bytes, (ts - t0) / 1e9,
            (t1 - ts) / 1e9, (t2 - t1) / 1e9, s, holes / s);
    }
}
