package org.jjmask.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import org.jjmask.gds.GdsWriter;
import org.jjmask.gds.GdsWriterOptions;

/**
 * The flat workload: {@code n} regular polygons ("holes") of {@code vertices} vertices, 140 nm
 * across, on a square 200 nm grid of {@code ceil(sqrt(n))} columns, all in one cell {@code TOP}
 * on layer 1/0, database unit 1 nm. {@code bench/klayout/flat_write.py} builds the same polygons
 * vertex for vertex, so both files hold the same records.
 */
public final class FlatHoles {

    public static final int PITCH_NM = 200;
    public static final int DIAMETER_NM = 140;
    public static final int LAYER = 1;
    public static final int DATATYPE = 0;
    public static final String CELL = "TOP";
    static final LocalDateTime TIMESTAMP = LocalDateTime.of(2026, 1, 1, 0, 0);

    private FlatHoles() {
    }

    /** Closed ring x0,y0,...,x0,y0 of a regular polygon centred on the origin, rounded to whole nm. */
    public static int[] template(int vertices) {
        double r = DIAMETER_NM / 2.0;
        int[] xy = new int[2 * (vertices + 1)];
        for (int k = 0; k < vertices; k++) {
            double a = 2 * Math.PI * k / vertices;
            xy[2 * k] = (int) Math.round(r * Math.cos(a));
            xy[2 * k + 1] = (int) Math.round(r * Math.sin(a));
        }
        xy[2 * vertices] = xy[0];
        xy[2 * vertices + 1] = xy[1];
        return xy;
    }

    public static int columns(long n) {
        return (int) Math.max(1, Math.ceil(Math.sqrt((double) n)));
    }

    /** Streams the whole library to {@code out} (not closed) and returns the bytes written. */
    public static long write(OutputStream out, long n, int vertices) throws IOException {
        GdsWriter w = GdsWriter.open(out, GdsWriterOptions.defaults());
        w.beginLibrary("FLAT", 1e-3, 1e-9, TIMESTAMP);
        w.beginCell(CELL);
        int[] t = template(vertices);
        int[] xy = new int[t.length];
        int cols = columns(n);
        int col = 0;
        int cx = 0;
        int cy = 0;
        for (long i = 0; i < n; i++) {
            for (int k = 0; k < t.length; k += 2) {
                xy[k] = t[k] + cx;
                xy[k + 1] = t[k + 1] + cy;
            }
            w.boundary(LAYER, DATATYPE, xy);
            if (++col == cols) {
                col = 0;
                cx = 0;
                cy += PITCH_NM;
            } else {
                cx += PITCH_NM;
            }
        }
        w.endCell();
        w.endLibrary();
        return w.bytesWritten();
    }
}
