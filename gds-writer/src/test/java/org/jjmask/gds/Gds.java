package org.jjmask.gds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;

/** Test shorthand: write a library with GdsWriter into bytes, read bytes back. */
final class Gds {

    static final LocalDateTime TIME = LocalDateTime.of(2024, 6, 1, 12, 30, 45);

    @FunctionalInterface
    interface Body {
        void write(GdsWriter w) throws IOException;
    }

    private Gds() {
    }

    /** A library "LIB" (1 nm in µm) whose content {@code body} writes, cells included. */
    static byte[] write(GdsWriterOptions options, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GdsWriter w = GdsWriter.open(out, options)) {
            w.beginLibrary("LIB", 1e-3, 1e-9, TIME);
            body.write(w);
            w.endLibrary();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] write(Body body) {
        return write(GdsWriterOptions.defaults(), body);
    }

    /** One cell "TOP" holding what {@code body} writes. */
    static byte[] cell(Body body) {
        return write(w -> {
            w.beginCell("TOP");
            body.write(w);
            w.endCell();
        });
    }

    static GdsLibrary read(byte[] bytes) {
        try {
            return GdsReader.read(bytes);
        } catch (GdsFormatException e) {
            throw new AssertionError("our own output did not read back: " + e.getMessage(), e);
        }
    }

    static Inspection inspect(byte[] bytes) {
        try {
            return GdsInspector.inspect(read(bytes));
        } catch (GdsFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Twice the absolute area of a ring given without closing point, exactly. */
    static long area2(int[] ring) {
        int n = ring.length / 2;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            sum += (long) ring[2 * i] * ring[2 * j + 1] - (long) ring[2 * j] * ring[2 * i + 1];
        }
        return Math.abs(sum);
    }

    /** The ring of a closed XY without its closing point. */
    static int[] open(int[] closedXy) {
        return java.util.Arrays.copyOf(closedXy, closedXy.length - 2);
    }

    /** A regular n-gon of the given radius around (cx, cy), counter-clockwise. */
    static int[] regularPolygon(int n, double radius, int cx, int cy) {
        int[] xy = new int[2 * n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            xy[2 * i] = cx + (int) Math.round(radius * Math.cos(a));
            xy[2 * i + 1] = cy + (int) Math.round(radius * Math.sin(a));
        }
        return xy;
    }
}
