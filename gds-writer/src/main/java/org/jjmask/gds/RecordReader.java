package org.jjmask.gds;

import java.nio.charset.StandardCharsets;

/**
 * Byte layer of the reader: a cursor over the file's records. Every length comes from the file
 * and is checked against the bytes that remain before anything is read or allocated, so no input
 * can make it index outside the array or allocate more than the file's own size.
 */
final class RecordReader {

    private final byte[] data;
    private int next;
    private int recordCount;
    private String cellName = "";

    // the current record
    private int offset;
    private int id;
    private int payloadStart;
    private int payloadLength;

    RecordReader(byte[] data) {
        this.data = data;
    }

    /** Cell named in errors from here on; "" outside cells. */
    void cell(String name) {
        this.cellName = name;
    }

    String cell() {
        return cellName;
    }

    boolean atEnd() {
        return next >= data.length;
    }

    int remainingAfterCurrent() {
        return data.length - next;
    }

    /** All bytes after the current record are zero (tape padding). */
    boolean restIsZero() {
        for (int i = next; i < data.length; i++) {
            if (data[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Advances to the next record and returns its 16-bit id. */
    int next(String expecting) throws GdsFormatException {
        recordCount++;
        offset = next;
        int remaining = data.length - next;
        if (remaining <= 0) {
            throw error("file ends where " + expecting + " was expected");
        }
        if (remaining < 4) {
            throw error("truncated record header: " + remaining + " byte(s) left, 4 needed");
        }
        int length = u16(next);
        id = u16(next + 2);
        if (length < 4) {
            throw error("record length " + length + " is shorter than the 4-byte record header");
        }
        if ((length & 1) != 0) {
            throw error("odd record length " + length + " for " + RecordType.describe(id));
        }
        if (length > remaining) {
            throw error("truncated " + RecordType.describe(id) + ": record length " + length
                + " but only " + remaining + " byte(s) left in the file");
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
        return (short) u16(payloadStart + 2 * index);
    }

    int uint16(int index) throws GdsFormatException {
        need(2 * index + 2);
        return u16(payloadStart + 2 * index);
    }

    int int32(int index) throws GdsFormatException {
        need(4 * index + 4);
        int p = payloadStart + 4 * index;
        return (u16(p) << 16) | u16(p + 2);
    }

    double real8(int index) throws GdsFormatException {
        need(8 * index + 8);
        return Real8.decodeBytes(data, payloadStart + 8 * index);
    }

    /** ASCII string with trailing NULs stripped; bytes above 127 kept as Latin-1 so nothing throws. */
    String string() {
        int end = payloadStart + payloadLength;
        while (end > payloadStart && data[end - 1] == 0) {
            end--;
        }
        return new String(data, payloadStart, end - payloadStart, StandardCharsets.ISO_8859_1);
    }

    /** Point count of an XY record, checking the payload is a whole number of points. */
    int pointCount() throws GdsFormatException {
        if (payloadLength % 8 != 0) {
            throw error("XY record payload of " + payloadLength + " bytes is not a multiple of 8");
        }
        return payloadLength / 8;
    }

    /** The XY payload as x0,y0,x1,y1,...; the array is bounded by the record length (max 64 kB). */
    int[] xy() throws GdsFormatException {
        int points = pointCount();
        int[] xy = new int[2 * points];
        int p = payloadStart;
        for (int i = 0; i < xy.length; i++, p += 4) {
            xy[i] = (u16(p) << 16) | u16(p + 2);
        }
        return xy;
    }

    private void need(int bytes) throws GdsFormatException {
        if (payloadLength < bytes) {
            throw error(RecordType.describe(id) + " payload has " + payloadLength + " byte(s), "
                + bytes + " needed");
        }
    }

    private int u16(int p) {
        return ((data[p] & 0xFF) << 8) | (data[p + 1] & 0xFF);
    }
}
