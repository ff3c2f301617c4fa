package org.jjmask.gds;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Byte layer of the writer: frames records (length, id, payload) into a buffer flushed to the
 * underlying stream. Knows nothing about cells or elements; callers pass validated values.
 */
final class RecordWriter {

    /** Largest record the unsigned 16-bit length field can describe, rounded down to even. */
    static final int MAX_RECORD_LENGTH = 0xFFFE;

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private long written;

    RecordWriter(OutputStream out) {
        this.out = out;
    }

    long bytesWritten() {
        return written + position;
    }

    void noData(int id) throws IOException {
        begin(id, 0);
    }

    void int16(int id, int value) throws IOException {
        begin(id, 2);
        put16(value);
    }

    void int16s(int id, int... values) throws IOException {
        begin(id, 2 * values.length);
        for (int v : values) {
            put16(v);
        }
    }

    void int32(int id, int value) throws IOException {
        begin(id, 4);
        put32(value);
    }

    void real8s(int id, double... values) throws IOException {
        begin(id, 8 * values.length);
        for (double v : values) {
            long bits = Real8.encode(v);
            put32((int) (bits >>> 32));
            put32((int) bits);
        }
    }

    /** ASCII string, NUL-padded to an even length. */
    void string(int id, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        int padded = bytes.length + (bytes.length & 1);
        begin(id, padded);
        for (byte b : bytes) {
            put8(b);
        }
        if (padded != bytes.length) {
            put8(0);
        }
    }

    /**
     * XY record from {@code count} points of {@code xy} starting at point {@code first}, wrapping
     * around the end of the array; {@code close} repeats the first point at the end.
     */
    void xy(int[] xy, int first, int count, boolean close) throws IOException {
        int points = xy.length / 2;
        begin(RecordType.XY, 8 * (count + (close ? 1 : 0)));
        for (int i = 0; i < count; i++) {
            int p = (first + i) % points;
            put32(xy[2 * p]);
            put32(xy[2 * p + 1]);
        }
        if (close) {
            put32(xy[2 * first]);
            put32(xy[2 * first + 1]);
        }
    }

    void flush() throws IOException {
        drain();
        out.flush();
    }

    void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }

    private void begin(int id, int payload) throws IOException {
        int length = 4 + payload;
        if (length > MAX_RECORD_LENGTH) {
            // callers split or refuse long content before it gets here
            throw new IllegalArgumentException(
                RecordType.describe(id) + " record of " + length + " bytes exceeds " + MAX_RECORD_LENGTH);
        }
        put16(length);
        put16(id);
    }

    private void put8(int b) throws IOException {
        if (position == buffer.length) {
            drain();
        }
        buffer[position++] = (byte) b;
    }

    private void put16(int v) throws IOException {
        put8(v >>> 8);
        put8(v);
    }

    private void put32(int v) throws IOException {
        if (buffer.length - position < 4) {
            drain();
        }
        buffer[position] = (byte) (v >>> 24);
        buffer[position + 1] = (byte) (v >>> 16);
        buffer[position + 2] = (byte) (v >>> 8);
        buffer[position + 3] = (byte) v;
        position += 4;
    }

    private void drain() throws IOException {
        if (position > 0) {
            out.write(buffer, 0, position);
            written += position;
            position = 0;
        }
    }
}
