package org.jjmask.gds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Byte layer of the reader: a cursor over the stream's records. Every length comes from the
 * stream and is checked against the bytes that are actually there before anything is read or
 * allocated, so no input can make it index outside its window or allocate more than one record
 * (at most 64 kB) at a time.
 *
 * <p>The bytes come either from an array (the whole stream at once) or from a channel read
 * through a fixed window of {@link #WINDOW} bytes, so reading a file costs no memory for its
 * bytes and has no size limit. The current record always lies whole in the window; the window
 * slides only when the next record is asked for. I/O errors of the channel surface as
 * {@link UncheckedIOException}, which {@link GdsReader} unwraps.
 */
final class RecordReader {

    /** Window over a channel: a few 64 kB records and large enough reads. */
    static final int WINDOW = 1 << 20;

    /** Widest record the 16-bit length field can describe. */
    private static final int MAX_RECORD = 0xFFFF;

    private final ReadableByteChannel channel;
    private final ByteBuffer buf;
    /** int32 views of {@code buf} from byte 0 and from byte 2: records start at even offsets. */
    private final IntBuffer ints0;
    private final IntBuffer ints2;
    private boolean eof;
    /** Stream offset of buf[0]. */
    private long base;
    /** Bytes of the stream held in buf[0, filled). */
    private int filled;
    /** Index in buf of the next record. */
    private int next;
    private int recordCount;
    private String cellName = "";

    // the current record
    private long offset;
    private int id;
    private int payloadStart;
    private int payloadLength;

    /** XY values handed out by {@link #xy()}, reused while the point count stays the same. */
    private int[] scratch = new int[0];

    RecordReader(byte[] data) {
        this.channel = null;
        this.buf = ByteBuffer.wrap(data);
        this.filled = data.length;
        this.eof = true;
        this.ints0 = intView(buf, 0);
        this.ints2 = intView(buf, 2);
    }

    RecordReader(ReadableByteChannel channel) {
        this(channel, WINDOW);
    }

    RecordReader(ReadableByteChannel channel, int window) {
        if (window < MAX_RECORD + 1) {
            throw new IllegalArgumentException("window of " + window + " bytes cannot hold a whole record");
        }
        this.channel = channel;
        this.buf = ByteBuffer.allocateDirect(window);
        this.ints0 = intView(buf, 0);
        this.ints2 = intView(buf, 2);
    }

    private static IntBuffer intView(ByteBuffer buf, int from) {
        return buf.duplicate().position(Math.min(from, buf.limit())).slice().asIntBuffer();
    }

    /** Cell named in errors from here on; "" outside cells. */
    void cell(String name) {
        this.cellName = name;
    }

    String cell() {
        return cellName;
    }

    /**
     * The stream's first {@code count} bytes (fewer if it is shorter), before any record is read.
     */
    byte[] peekStart(int count) {
        ensure(count);
        byte[] out = new byte[Math.min(count, filled - next)];
        buf.get(next, out);
        return out;
    }

    /**
     * Reads the rest of the stream after the current record: how many bytes follow and whether
     * they are all zero (tape padding), as {@code {count, allZero ? 1 : 0}}.
     */
    long[] trailing() {
        long count = 0;
        boolean zero = true;
        while (ensure(1)) {
            for (int i = next; i < filled; i++) {
                if (buf.get(i) != 0) {
                    zero = false;
                    break;
                }
            }
            count += filled - next;
            next = filled;
        }
        return new long[] {count, zero ? 1 : 0};
    }

    /** Advances to the next record and returns its 16-bit id. */
    int next(String expecting) throws GdsFormatException {
        if (recordCount == Integer.MAX_VALUE) {
            throw error("more than " + Integer.MAX_VALUE + " records: beyond this reader's record count");
        }
        recordCount++;
        offset = base + next;
        if (!ensure(4)) {
            int remaining = filled - next;
            if (remaining <= 0) {
                throw error("file ends where " + expecting + " was expected");
            }
            throw error("truncated record header: " + remaining + " byte(s) left, 4 needed");
        }
        int length = buf.getShort(next) & 0xFFFF;
        id = buf.getShort(next + 2) & 0xFFFF;
        if (length < 4) {
            throw error("record length " + length + " is shorter than the 4-byte record header");
        }
        if ((length & 1) != 0) {
            throw error("odd record length " + length + " for " + RecordType.describe(id));
        }
        if (!ensure(length)) {
            throw error("truncated " + RecordType.describe(id) + ": record length " + length
                + " but only " + (filled - next) + " byte(s) left in the file");
        }
        payloadStart = next + 4;
        payloadLength = length - 4;
        next += length;
        return id;
    }

    long offset() {
        return offset;
    }

    int recordNumber() {
        return recordCount;
    }

    int id() {
        return id;
    }

    int typeByte() {
        return id >>> 8;
    }

    int payloadLength() {
        return payloadLength;
    }

    GdsFormatException error(String problem) {
        return new GdsFormatException(problem, offset, recordCount, cellName);
    }

    // ---- payload access; each checks the payload is long enough for what is asked

    int int16(int index) throws GdsFormatException {
        need(2 * index + 2);
        return buf.getShort(payloadStart + 2 * index);
    }

    int uint16(int index) throws GdsFormatException {
        need(2 * index + 2);
        return buf.getShort(payloadStart + 2 * index) & 0xFFFF;
    }

    int int32(int index) throws GdsFormatException {
        need(4 * index + 4);
        return buf.getInt(payloadStart + 4 * index);
    }

    double real8(int index) throws GdsFormatException {
        need(8 * index + 8);
        return Real8.decode(buf.getLong(payloadStart + 8 * index));
    }

    /** ASCII string with trailing NULs stripped; bytes above 127 kept as Latin-1 so nothing throws. */
    String string() {
        int end = payloadStart + payloadLength;
        while (end > payloadStart && buf.get(end - 1) == 0) {
            end--;
        }
        byte[] bytes = new byte[end - payloadStart];
        buf.get(payloadStart, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Point count of an XY record, checking the payload is a whole number of points. */
    int pointCount() throws GdsFormatException {
        if (payloadLength % 8 != 0) {
            throw error("XY record payload of " + payloadLength + " bytes is not a multiple of 8");
        }
        return payloadLength / 8;
    }

    /**
     * The XY payload as x0,y0,x1,y1,..., bounded by the record length (at most 64 kB). The array
     * is this reader's own and is overwritten by the next call: copy what you keep (the element
     * records' constructors do).
     */
    int[] xy() throws GdsFormatException {
        int values = 2 * pointCount();
        int[] xy = scratch.length == values ? scratch : (scratch = new int[values]);
        // payloads start at even offsets; one bulk, byte-swapping copy from the matching view
        if ((payloadStart & 3) == 0) {
            ints0.get(payloadStart >>> 2, xy, 0, values);
        } else {
            ints2.get(payloadStart >>> 2, xy, 0, values);
        }
        return xy;
    }

    private void need(int bytes) throws GdsFormatException {
        if (payloadLength < bytes) {
            throw error(RecordType.describe(id) + " payload has " + payloadLength + " byte(s), "
                + bytes + " needed");
        }
    }

    /**
     * Makes at least {@code bytes} bytes from {@code next} on available in the window, sliding it
     * and reading the channel as needed; false when the stream ends first. {@code bytes} is at
     * most one record, which the window always holds.
     */
    private boolean ensure(int bytes) {
        if (filled - next >= bytes) {
            return true;
        }
        if (eof) {
            return false;
        }
        if (next > 0) {
            buf.limit(filled).position(next);
            buf.compact();
            base += next;
            filled -= next;
            next = 0;
        }
        try {
            while (filled < bytes && !eof) {
                buf.limit(buf.capacity()).position(filled);
                int n = channel.read(buf);
                if (n < 0) {
                    eof = true;
                } else {
                    filled += n;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return filled >= bytes;
    }
}
