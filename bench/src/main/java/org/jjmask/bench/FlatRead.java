package org.jjmask.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jjmask.gds.GdsInspector;
import org.jjmask.gds.GdsLibrary;
import org.jjmask.gds.GdsReader;
import org.jjmask.gds.Inspection;

/**
 * {@code java -cp bench/target/benchmarks.jar org.jjmask.bench.FlatRead FILE}: reads FILE into the
 * library model, inspects it (polygons per layer, bounding box) and prints one line of figures.
 */
public final class FlatRead {

    private FlatRead() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: FlatRead FILE");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        long bytes = Files.size(file);
        long t0 = System.nanoTime();
        GdsLibrary lib = GdsReader.read(file);
        long t1 = System.nanoTime();
        Inspection inspection = GdsInspector.inspect(lib);
        long t2 = System.nanoTime();
        double s = (t2 - t0) / 1e9;
        long polygons = inspection.flattenedPolygons();
        System.out.printf("FlatRead polygons=%d cells=%d bytes=%d read_s=%.3f inspect_s=%.3f seconds=%.3f "
            + "holes_per_s=%.0f MB_per_s=%.1f%n", polygons, inspection.cells(), bytes, (t1 - t0) / 1e9,
            (t2 - t1) / 1e9, s, polygons / s, bytes / 1e6 / s);
    }
}
