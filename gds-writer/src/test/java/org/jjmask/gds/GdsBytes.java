package org.jjmask.gds;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds GDSII streams record by record, for reader tests that need exact (and broken) bytes. */
final class GdsBytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Integer> offsets = new ArrayList<>();

    /** HEADER 600, BGNLIB with the given year, LIBNAME "LIB", UNITS 1e-3/1e-9. */
    static GdsBytes library() {
        return new GdsBytes().header().bgnlib(2024).str(RecordType.LIBNAME, "LIB").units(1e-3, 1e-9);
    }

    GdsBytes header() {
        return i16(RecordType.HEADER, 600);
    }

    GdsBytes bgnlib(int year) {
        return i16(RecordType.BGNLIB, year, 6, 1, 12, 0, 0, year, 6, 1, 12, 0, 0);
    }

    GdsBytes units(double user, double metres) {
        return real8(RecordType.UNITS, user, metres);
    }

    GdsBytes beginCell(String name) {
        return i16(RecordType.BGNSTR, 2024, 1, 1, 0, 0, 0, 2024, 1, 1, 0, 0, 0).str(RecordType.STRNAME, name);
    }

    GdsBytes endCell() {
        return none(RecordType.ENDSTR);
    }

    GdsBytes endLibrary() {
        return none(RecordType.ENDLIB);
    }

    GdsBytes boundary(int layer, int datatype, int... xy) {
        return none(RecordType.BOUNDARY).i16(RecordType.LAYER, layer).i16(RecordType.DATATYPE, datatype)
            .i32(RecordType.XY, xy).none(RecordType.ENDEL);
    }

    GdsBytes square(int layer, int x0, int y0, int size) {
        return boundary(layer, 0, x0, y0, x0 + size, y0, x0 + size, y0 + size, x0, y0 + size, x0, y0);
    }

    GdsBytes sref(String cell, int x, int y) {
        return none(RecordType.SREF).str(RecordType.SNAME, cell).i32(RecordType.XY, x, y).none(RecordType.ENDEL);
    }

    GdsBytes none(int id) {
        return record(id, new byte[0]);
    }

    GdsBytes i16(int id, int... values) {
        byte[] p = new byte[2 * values.length];
        for (int i = 0; i < values.length; i++) {
            p[2 * i] = (byte) (values[i] >>> 8);
            p[2 * i + 1] = (byte) values[i];
        }
        return record(id, p);
    }

    GdsBytes i32(int id, int... values) {
        byte[] p = new byte[4 * values.length];
        for (int i = 0; i < values.length; i++) {
            for (int b = 0; b < 4; b++) {
                p[4 * i + b] = (byte) (values[i] >>> (24 - 8 * b));
            }
        }
        return record(id, p);
    }

    GdsBytes real8(int id, double... values) {
        byte[] p = new byte[8 * values.length];
        for (int i = 0; i < values.length; i++) {
            System.arraycopy(Real8.encodeBytes(values[i]), 0, p, 8 * i, 8);
        }
        return record(id, p);
    }

    GdsBytes str(int id, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        byte[] p = new byte[b.length + (b.length & 1)];
        System.arraycopy(b, 0, p, 0, b.length);
        return record(id, p);
    }

    GdsBytes record(int id, byte[] payload) {
        offsets.add(out.size());
        int length = 4 + payload.length;
        out.write(length >>> 8);
        out.write(length);
        out.write(id >>> 8);
        out.write(id);
        out.writeBytes(payload);
        return this;
    }

    /** Bytes appended verbatim (not counted as a record). */
    GdsBytes raw(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }

    /** Byte offset of the n-th record (1-based, as GdsFormatException counts). */
    long offsetOf(int recordNumber) {
        return offsets.get(recordNumber - 1);
    }

    int records() {
        return offsets.size();
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
