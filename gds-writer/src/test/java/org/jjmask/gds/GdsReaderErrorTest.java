package org.jjmask.gds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bad input: always a GdsFormatException that says where (offset, record, cell). */
class GdsReaderErrorTest {

    private static GdsFormatException failure(byte[] bytes) {
        GdsFormatException e = catchThrowableOfType(GdsFormatException.class,
            () -> GdsInspector.inspect(GdsReader.read(bytes)));
        assertThat(e).as("expected a GdsFormatException").isNotNull();
        assertThat(e.getMessage()).contains("byte offset " + e.byteOffset()).contains("record " + e.recordNumber());
        return e;
    }

    private static GdsFormatException failure(GdsBytes b) {
        return failure(b.bytes());
    }

    private static void at(GdsFormatException e, GdsBytes b, int record, String cell) {
        assertThat(e.recordNumber()).as(e.getMessage()).isEqualTo(record);
        assertThat(e.byteOffset()).as(e.getMessage()).isEqualTo(b.offsetOf(record));
        assertThat(e.cellName()).as(e.getMessage()).isEqualTo(cell);
        assertThat(e.getMessage()).contains(cell.isEmpty() ? "outside any cell" : "cell '" + cell + "'");
    }

    /** A valid library with one cell TOP whose body is then broken by the caller. */
    private static GdsBytes top() {
        return GdsBytes.library().beginCell("TOP");
    }

    @Test
    void emptyFile() {
        GdsFormatException e = failure(new byte[0]);
        assertThat(e.getMessage()).contains("empty file");
        assertThat(e.byteOffset()).isZero();
        assertThat(e.cellName()).isEmpty();
    }

    @Test
    void notGds() {
        GdsFormatException e = failure("%PDF-1.7 this is not a mask".getBytes());
        assertThat(e.getMessage()).contains("not a GDSII stream");
        assertThat(e.byteOffset()).isZero();
        assertThat(failure(new byte[] {0, 6}).getMessage()).contains("not a GDSII stream");
    }

    @Test
    void headerNotFirst() {
        GdsBytes b = new GdsBytes().bgnlib(2024).header();
        assertThat(failure(b).getMessage()).contains("HEADER");
    }

    @Test
    void truncatedAnywhereFailsCleanly() {
        byte[] whole = Gds.write(w -> {
            w.beginCell("A");
            w.boundary(1, 0, new int[] {0, 0, 10, 0, 10, 10});
            w.path(1, 0, 0, 5, new int[] {0, 0, 10, 0});
            w.text(1, 0, 0, 0, "t");
            w.endCell();
            w.beginCell("B");
            w.sref("A", 0, 0);
            w.aref("A", 2, 2, 0, 0, 10, 0, 0, 10);
            w.endCell();
        });
        for (int length = 0; length < whole.length; length++) {
            GdsFormatException e = failure(Arrays.copyOf(whole, length));
            assertThat(e.byteOffset()).isBetween(0L, (long) length);
            assertThat(e.getMessage()).containsAnyOf("truncated", "ends", "empty", "not a GDSII");
        }
    }

    @Test
    void truncatedRecordNamesItsOffset() {
        GdsBytes b = top().boundary(1, 0, 0, 0, 1, 0, 1, 1, 0, 0);
        byte[] bytes = b.bytes();
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 6); // inside the boundary's XY
        GdsFormatException e = failure(cut);
        assertThat(e.getMessage()).contains("truncated XY");
        at(e, b, b.records() - 1, "TOP");
    }

    @Test
    void zeroOddAndShortRecordLengths() {
        for (int length : new int[] {0, 2, 5}) {
            GdsBytes b = top().raw(length >>> 8, length, 0x08, 0x00, 0, 0, 0, 0);
            GdsFormatException e = failure(b);
            assertThat(e.byteOffset()).isEqualTo(b.bytes().length - 8);
            assertThat(e.recordNumber()).isEqualTo(b.records() + 1);
            assertThat(e.cellName()).isEqualTo("TOP");
            assertThat(e.getMessage()).containsAnyOf("shorter than", "odd record length");
        }
    }

    @Test
    void hugeLengthIsTruncationNotAnAllocation() {
        GdsBytes b = top().raw(0xFF, 0xFE, 0x10, 0x03, 0, 0);
        assertThat(failure(b).getMessage()).contains("truncated XY").contains("65534");
    }

    @Test
    void boundaryWithTooFewPoints() {
        GdsBytes b = top().boundary(1, 0, 0, 0, 1, 0, 0, 0);
        GdsFormatException e = failure(b);
        assertThat(e.getMessage()).contains("BOUNDARY has 3 point");
        at(e, b, b.records() - 1, "TOP");
    }

    @Test
    void xyNotAMultipleOfEight() {
        GdsBytes b = top().none(RecordType.BOUNDARY).i16(RecordType.LAYER, 1).i16(RecordType.DATATYPE, 0)
            .i32(RecordType.XY, 0, 0, 1, 0, 1, 1, 0, 0, 7);
        GdsFormatException e = failure(b);
        assertThat(e.getMessage()).contains("not a multiple of 8");
        at(e, b, b.records(), "TOP");
    }

    @Test
    void srefNeedsExactlyOnePoint() {
        GdsBytes b = GdsBytes.library().beginCell("C").endCell().beginCell("TOP").none(RecordType.SREF)
            .str(RecordType.SNAME, "C").i32(RecordType.XY, 0, 0, 1, 1);
        GdsFormatException e = failure(b);
        assertThat(e.getMessage()).contains("SREF XY has 2 points");
        at(e, b, b.records(), "TOP");
    }

    @Test
    void arefNeedsExactlyThreePoints() {
        GdsBytes b = GdsBytes.library().beginCell("C").endCell().beginCell("TOP").none(RecordType.AREF)
            .str(RecordType.SNAME, "C").i16(RecordType.COLROW, 2, 2).i32(RecordType.XY, 0, 0, 1, 1);
        GdsFormatException e = failure(b);
        assertThat(e.getMessage()).contains("AREF XY has 2 points");
        at(e, b, b.records(), "TOP");
    }

    @Test
    void unknownRecordType() {
        GdsBytes b = top().i16(0x7702, 1);
        GdsFormatException e = failure(b);
        assertThat(e.getMessage()).contains("unknown record type 0x7702");
        at(e, b, b.records(), "TOP");
    }

    @Test
    void knownRecordInTheWrongPlace() {
        GdsBytes b = top().none(RecordType.BOUNDARY).i16(RecordType.DATATYPE, 0);
        GdsFormatException e = failure(b);
        assertThat(e.getMessage()).contains("unexpected record DATATYPE").contains("LAYER");
        at(e, b, b.records(), "TOP");
    }

    @Test
    void wrongDataTypeByteIsUnexpected() {
        GdsBytes b = top().none(RecordType.BOUNDARY).i32(0x0D03, 1); // LAYER as int32
        assertThat(failure(b).getMessage()).contains("0x0D03");
    }

    @Test
    void payloadTooShortForItsType() {
        GdsBytes b = top().none(RecordType.BOUNDARY).none(RecordType.LAYER);
        GdsFormatException e = failure(b);
        assertThat(e.getMessage()).contains("LAYER").contains("0 byte(s), 2 needed");
    }

    @Test
    void nonPositiveDatabaseUnit() {
        for (double[] units : new double[][] {{0, 1e-9}, {1e-3, 0}, {-1e-3, 1e-9}, {1e-3, -1e-9}}) {
            GdsBytes b = new GdsBytes().header().bgnlib(2024).units(units[0], units[1]).endLibrary();
            GdsFormatException e = failure(b);
            assertThat(e.getMessage()).contains("database unit must be positive");
            at(e, b, 3, "");
        }
    }

    @Test
    void missingUnits() {
        GdsBytes b = new GdsBytes().header().bgnlib(2024).beginCell("A").endCell().endLibrary();
        assertThat(failure(b).getMessage()).contains("UNITS");
    }

    @Test
    void missingEndlib() {
        GdsBytes b = GdsBytes.library().beginCell("A").endCell();
        GdsFormatException e = failure(b);
        assertThat(e.getMessage()).contains("ENDLIB");
        assertThat(e.byteOffset()).isEqualTo(b.bytes().length);
    }

    @Test
    void missingEndstr() {
        GdsBytes b = GdsBytes.library().beginCell("A").endLibrary();
        GdsFormatException e = failure(b);
        at(e, b, b.records(), "A");
    }

    @Test
    void undefinedReferenceNamesTheCellAndTheReference() {
        GdsBytes b = GdsBytes.library().beginCell("TOP").square(1, 0, 0, 5).sref("GHOST", 0, 0).endCell().endLibrary();
        GdsFormatException e = failure(b);
        assertThat(e.getMessage()).contains("undefined cell 'GHOST'");
        at(e, b, b.records() - 4, "TOP"); // the SNAME record
    }

    @Test
    void referenceCycleNamesTheCells() {
        GdsBytes b = GdsBytes.library()
            .beginCell("A").sref("B", 0, 0).endCell()
            .beginCell("B").sref("C", 0, 0).endCell()
            .beginCell("C").sref("A", 0, 0).endCell()
            .beginCell("TOP").sref("A", 0, 0).endCell()
            .endLibrary();
        GdsFormatException e = failure(b);
        assertThat(e.getMessage()).contains("cycle").contains("A").contains("B").contains("C");
        assertThat(e.cellName()).isIn("A", "B", "C");
        assertThat(e.byteOffset()).isPositive();
    }

    @Test
    void selfReferenceIsACycle() {
        GdsBytes b = GdsBytes.library().beginCell("A").sref("A", 0, 0).endCell().endLibrary();
        assertThat(failure(b).getMessage()).contains("A -> A");
    }

    @Test
    void duplicateCellName() {
        GdsBytes b = GdsBytes.library().beginCell("A").endCell().beginCell("A").endCell().endLibrary();
        GdsFormatException e = failure(b);
        assertThat(e.getMessage()).contains("defined twice");
    }

    @Test
    void inspectorChecksModelsThatDidNotComeFromAFile() {
        GdsLibrary ghost = new GdsLibrary("L", 1e-3, 1e-9, java.util.List.of(
            new GdsCell("TOP", java.util.List.of(new SRef("NOPE", 0, 0)))));
        GdsFormatException e = catchThrowableOfType(GdsFormatException.class, () -> GdsInspector.inspect(ghost));
        assertThat(e.byteOffset()).isEqualTo(-1);
        assertThat(e.cellName()).isEqualTo("TOP");
        assertThat(e.getMessage()).contains("NOPE").contains("no byte offset");
    }
}
