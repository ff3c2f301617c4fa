package org.jjmask.gds;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Byte layer of the writer: frames records (length, id, payload) into a buffer flushed to the
 * underlying stream. Knows nothing about cells or elements; callers pass validated values. Each
 * record is reserved whole in the buffer before its first byte, then stored without checks.
 */
final class RecordWriter {

    /** Largest record the unsigned 16-bit length field can describe, rounded down to even. */
    static final int MAX_RECORD_LENGTH = 0xFFFE;

    private static final int BUFFER = 1 << 18;

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

    private final OutputStream out;
    /** Holds at least one whole record of the largest size, so a record never straddles a drain. */
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private long written;

    RecordWriter(OutputStream out) {
        this.out = out;
    }

    long bytesWritten() {
        return written + position;
    }

    void noData(int id) throws IOException {
        header(id, 0);
    }

    void int16(int id, int value) throws IOException {
        header(id, 2);
        put16(value);
    }

    void int16s(int id, int... values) throws IOException {
        header(id, 2 * values.length);
        for (int v : values) {
            put16(v);
        }
    }

    void int32(int id, int value) throws IOException {
        header(id, 4);
        put32(value);
    }

    void real8s(int id, double... values) throws IOException {
        header(id, 8 * values.length);
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
        header(id, padded);
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
        if (padded != bytes.length) {
            buffer[position++] = 0;
        }
    }

    /**
     * XY record from {@code count} points of {@code xy} starting at point {@code first}, wrapping
     * around the end of the array; {@code close} repeats the first point at the end.
     */
    void xy(int[] xy, int first, int count, boolean close) throws IOException {
        int points = xy.length / 2;
        header(RecordType.XY, 8 * (count + (close ? 1 : 0)));
        byte[] b = buffer;
        int p = position;
        int start = 2 * (first % points);
        int i = start;
        int wrap = 2 * points;
        for (int k = 0; k < count; k++) {
            INT.set(b, p, xy[i]);
            INT.set(b, p + 4, xy[i + 1]);
            p += 8;
            i += 2;
            if (i == wrap) {
                i = 0;
            }
        }
        if (close) {
            INT.set(b, p, xy[start]);
            INT.set(b, p + 4, xy[start + 1]);
            p += 8;
        }
        position = p;
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

    /**
     * Writes the 4-byte record header and makes room in the buffer for the whole record, so the
     * payload writers that follow store without further checks.
     */
    private void header(int id, int payload) throws IOException {
        int length = 4 + payload;
        if (length > MAX_RECORD_LENGTH) {
            // callers split or refuse long content before it gets here
            throw new IllegalArgumentException(
                RecordType.describe(id) + " record of " + length + " bytes exceeds " + MAX_RECORD_LENGTH);
        }
        if (buffer.length - position < length) {
            drain();
        }
        INT.set(buffer, position, (length << 16) | id);
        position += 4;
    }

    private void put16(int v) {
        SHORT.set(buffer, position, (short) v);
        position += 2;
    }

    private void put32(int v) {
        INT.set(buffer, position, v);
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
