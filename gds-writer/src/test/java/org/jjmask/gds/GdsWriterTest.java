package org.jjmask.gds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every test writes with GdsWriter and reads the bytes back (PDFBox style). */
class GdsWriterTest {

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    @Test
    void fileStartsWithHeader600() {
        byte[] bytes = Gds.write(w -> { });
        // HEADER: length 6, type 00 02, version 600 = 0x0258
        assertThat(Arrays.copyOf(bytes, 6)).isEqualTo(HexFormat.of().parseHex("000600020258"));
    }

    @Test
    void libraryHeaderRecordsAreExact() {
        byte[] bytes = Gds.write(w -> { });
        // BGNLIB at 6: 28 bytes, 0x0102, twice 2024-06-01 12:30:45
        assertThat(u16(bytes, 6)).isEqualTo(28);
        assertThat(u16(bytes, 8)).isEqualTo(0x0102);
        int[] expected = {2024, 6, 1, 12, 30, 45, 2024, 6, 1, 12, 30, 45};
        for (int i = 0; i < 12; i++) {
            assertThat(u16(bytes, 10 + 2 * i)).isEqualTo(expected[i]);
        }
        // LIBNAME "LIB" NUL-padded to 4 bytes
        assertThat(Arrays.copyOfRange(bytes, 34, 42)).isEqualTo(HexFormat.of().parseHex("00080206" + "4C494200"));
        // UNITS: 1e-3 and 1e-9 as the real8 table has them
        assertThat(Arrays.copyOfRange(bytes, 42, 62)).isEqualTo(HexFormat.of().parseHex(
            "00140305" + "3E4189374BC6A7F0" + "3944B82FA09B5A54"));
        // ENDLIB closes it
        assertThat(Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length)).isEqualTo(HexFormat.of().parseHex("00040400"));
    }

    @Test
    void bytesWrittenCountsEverything() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GdsWriter w = GdsWriter.open(out, GdsWriterOptions.defaults());
        w.beginLibrary("LIB", 1e-3, 1e-9, Gds.TIME);
        w.beginCell("A");
        w.boundary(1, 0, new int[] {0, 0, 10, 0, 10, 10});
        w.endCell();
        w.endLibrary();
        long counted = w.bytesWritten();
        w.close();
        assertThat(counted).isEqualTo(out.size());
    }

    @Test
    void unitsAndNamesReadBack() {
        GdsLibrary lib = Gds.read(Gds.write(w -> {
            w.beginCell("Odd");
            w.endCell();
            w.beginCell("Even");
            w.endCell();
        }));
        assertThat(lib.name()).isEqualTo("LIB");
        assertThat(lib.userUnitsPerDbu()).isEqualTo(1e-3);
        assertThat(lib.metresPerDbu()).isEqualTo(1e-9);
        assertThat(lib.modified()).isEqualTo(Gds.TIME);
        assertThat(lib.cells()).extracting(GdsCell::name).containsExactly("Odd", "Even");
        assertThat(lib.notes()).isEmpty();
    }

    @Test
    void boundaryIsClosedWhenGivenOpen() {
        GdsLibrary lib = Gds.read(Gds.cell(w -> {
            w.boundary(1, 2, new int[] {0, 0, 100, 0, 100, 50});
            w.boundary(3, 4, new int[] {0, 0, 100, 0, 100, 50, 0, 0});
        }));
        List<GdsElement> e = lib.cells().get(0).elements();
        assertThat(e).containsExactly(
            new Boundary(1, 2, new int[] {0, 0, 100, 0, 100, 50, 0, 0}),
            new Boundary(3, 4, new int[] {0, 0, 100, 0, 100, 50, 0, 0}));
    }

    @Test
    void pathsOfEveryTypeRoundTrip() {
        int[] xy = {0, 0, 1000, 0, 1000, 500};
        GdsLibrary lib = Gds.read(Gds.cell(w -> {
            w.path(1, 0, 0, 20, xy);
            w.path(1, 1, 1, 20, xy);
            w.path(1, 2, 2, 20, xy);
            w.path(1, 4, 20, 5, 7, xy);
        }));
        assertThat(lib.cells().get(0).elements()).containsExactly(
            new Path(1, 0, 0, 20, 0, 0, xy, List.of()),
            new Path(1, 1, 1, 20, 0, 0, xy, List.of()),
            new Path(1, 2, 2, 20, 0, 0, xy, List.of()),
            new Path(1, 4, 4, 20, 5, 7, xy, List.of()));
    }

    @Test
    void referencesAndTextRoundTrip() {
        Strans turned = new Strans(true, false, false, 2.5, 90.0);
        GdsLibrary lib = Gds.read(Gds.write(w -> {
            w.beginCell("HOLE");
            w.boundary(1, 0, new int[] {0, 0, 10, 0, 10, 10, 0, 10});
            w.endCell();
            w.beginCell("TOP");
            w.sref("HOLE", 5, -7);
            w.sref("HOLE", 100, 200, turned);
            w.aref("HOLE", 3, 2, 10, 20, 100, 0, 0, 50);
            w.aref("HOLE", 2, 2, 0, 0, 100, 0, 0, 100, Strans.rotation(45));
            w.text(63, 5, 1, 2, "label 1");
            w.endCell();
        }));
        assertThat(lib.cell("TOP").orElseThrow().elements()).containsExactly(
            new SRef("HOLE", 5, -7),
            new SRef("HOLE", 100, 200, turned, List.of()),
            new ARef("HOLE", 3, 2, 10, 20, 310, 20, 10, 120, Strans.IDENTITY, List.of()),
            new ARef("HOLE", 2, 2, 0, 0, 200, 0, 0, 200, Strans.rotation(45), List.of()),
            new Text(63, 5, 1, 2, "label 1"));
    }

    @Test
    void arefAbove32767ColumnsIsSplitAndKeepsEveryInstance() {
        GdsLibrary lib = Gds.read(Gds.write(w -> {
            w.beginCell("DOT");
            w.boundary(1, 0, new int[] {0, 0, 1, 0, 1, 1, 0, 1});
            w.endCell();
            w.beginCell("TOP");
            w.aref("DOT", 70_000, 1, 0, 0, 10, 0, 0, 10);
            w.endCell();
        }));
        List<ARef> arefs = lib.cell("TOP").orElseThrow().elements().stream().map(ARef.class::cast).toList();
        assertThat(arefs).hasSize(3);
        assertThat(arefs).allSatisfy(a -> assertThat(a.columns()).isBetween(1, 32767));
        assertThat(arefs.stream().mapToLong(ARef::instances).sum()).isEqualTo(70_000);
        // pieces continue the lattice: origin of piece k is the old origin + columns so far * step
        assertThat(arefs).extracting(ARef::originX).containsExactly(0, 327_670, 655_340);
        assertThat(arefs).allSatisfy(a -> assertThat(a.colStepX()).isEqualTo(10.0));
        Inspection inspection = Gds.inspect(Gds.write(w -> {
            w.beginCell("DOT");
            w.boundary(1, 0, new int[] {0, 0, 1, 0, 1, 1, 0, 1});
            w.endCell();
            w.beginCell("TOP");
            w.aref("DOT", 70_000, 40_000, 0, 0, 10, 0, 0, 10);
            w.endCell();
        }));
        assertThat(inspection.arefs()).isEqualTo(6); // 3 column pieces x 2 row pieces
        assertThat(inspection.flattenedPolygons()).isEqualTo(70_000L * 40_000L);
        assertThat(inspection.bboxUm()).containsExactly(new double[] {0, 0, 699.991, 399.991}, within(1e-9));
    }

    @Test
    void skewedArraysAreRefusedUnlessAllowed() {
        assertThatThrownBy(() -> Gds.write(w -> {
            w.beginCell("DOT");
            w.endCell();
            w.beginCell("TOP");
            w.aref("DOT", 10, 10, 0, 0, 100, 0, 50, 87);
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("skewed");
        GdsLibrary lib = Gds.read(Gds.write(GdsWriterOptions.defaults().withAllowSkewedArrays(true), w -> {
            w.beginCell("DOT");
            w.endCell();
            w.beginCell("TOP");
            w.aref("DOT", 10, 10, 0, 0, 100, 0, 50, 87);
            w.endCell();
        }));
        ARef a = (ARef) lib.cell("TOP").orElseThrow().elements().get(0);
        assertThat(a.rowStepX()).isEqualTo(50.0);
        assertThat(a.rowStepY()).isEqualTo(87.0);
        // a single row may have any row vector: nothing is displaced along it
        Gds.write(w -> {
            w.beginCell("DOT");
            w.endCell();
            w.beginCell("TOP");
            w.aref("DOT", 10, 1, 0, 0, 100, 0, 50, 87);
            w.endCell();
        });
    }

    @Test
    void convexPolygonAboveMaxVerticesIsFracturedWithoutLosingArea() {
        int[] ring = Gds.regularPolygon(10_000, 1_000_000, 0, 0);
        for (GdsWriterOptions options : List.of(GdsWriterOptions.defaults(), GdsWriterOptions.strict())) {
            GdsLibrary lib = Gds.read(Gds.write(options, w -> {
                w.beginCell("TOP");
                w.boundary(1, 0, ring);
                w.endCell();
            }));
            List<Boundary> pieces = lib.cells().get(0).elements().stream().map(Boundary.class::cast).toList();
            assertThat(pieces.size()).isGreaterThan(1);
            assertThat(pieces).allSatisfy(b -> {
                assertThat(b.pointCount() - 1).isLessThanOrEqualTo(options.maxVertices());
                assertThat(b.x(0)).isEqualTo(b.x(b.pointCount() - 1));
                assertThat(b.y(0)).isEqualTo(b.y(b.pointCount() - 1));
            });
            long area = pieces.stream().mapToLong(b -> Gds.area2(Gds.open(b.xy()))).sum();
            assertThat(area).isEqualTo(Gds.area2(ring));
        }
    }

    @Test
    void rectangleWithManyVerticesFractures() {
        // a rectangle traced with 5000 points per side: collinear points carry no shape
        int n = 5000;
        int[] ring = new int[8 * n];
        int k = 0;
        for (int i = 0; i < n; i++) { ring[k++] = i; ring[k++] = 0; }
        for (int i = 0; i < n; i++) { ring[k++] = n; ring[k++] = i; }
        for (int i = 0; i < n; i++) { ring[k++] = n - i; ring[k++] = n; }
        for (int i = 0; i < n; i++) { ring[k++] = 0; ring[k++] = n - i; }
        GdsLibrary lib = Gds.read(Gds.cell(w -> w.boundary(1, 0, ring)));
        List<GdsElement> pieces = lib.cells().get(0).elements();
        assertThat(pieces).hasSize(1);
        assertThat(Gds.area2(Gds.open(((Boundary) pieces.get(0)).xy()))).isEqualTo(2L * n * n);
    }

    @Test
    void selfIntersectingPolygonThatNeedsFracturingIsRefusedClearly() {
        // a circle traced twice: every chord crosses an edge of the other turn
        int n = 10_001;
        int[] ring = new int[2 * n];
        for (int i = 0; i < n; i++) {
            double a = 4 * Math.PI * i / n;
            ring[2 * i] = (int) Math.round(1e6 * Math.cos(a));
            ring[2 * i + 1] = (int) Math.round(1e6 * Math.sin(a));
        }
        assertThatThrownBy(() -> Gds.cell(w -> w.boundary(1, 0, ring)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not simple");
    }

    @Test
    void longPathsAreSplitWithOverlappingSegments() {
        int points = 10_000;
        int[] xy = new int[2 * points];
        for (int i = 0; i < points; i++) {
            xy[2 * i] = i * 100;
            xy[2 * i + 1] = (i & 1) * 100; // zig-zag: no collinear points
        }
        GdsLibrary lib = Gds.read(Gds.write(GdsWriterOptions.strict(), w -> {
            w.beginCell("TOP");
            w.path(1, 0, 2, 10, xy);
            w.endCell();
        }));
        List<Path> pieces = lib.cells().get(0).elements().stream().map(Path.class::cast).toList();
        assertThat(pieces).allSatisfy(p -> assertThat(p.pointCount()).isLessThanOrEqualTo(200));
        // consecutive pieces share one whole segment
        for (int i = 1; i < pieces.size(); i++) {
            Path a = pieces.get(i - 1);
            Path b = pieces.get(i);
            assertThat(new int[] {b.x(0), b.y(0), b.x(1), b.y(1)}).containsExactly(
                a.x(a.pointCount() - 2), a.y(a.pointCount() - 2), a.x(a.pointCount() - 1), a.y(a.pointCount() - 1));
        }
        // only the true ends keep the half-width extension
        assertThat(pieces.get(0).effectiveBeginExtension()).isEqualTo(5);
        assertThat(pieces.get(0).effectiveEndExtension()).isZero();
        assertThat(pieces.get(pieces.size() - 1).effectiveEndExtension()).isEqualTo(5);
        // the pieces cover exactly what the whole path covers, so their bounds agree
        BoundingBox whole = new BoundingBox();
        PathBounds.addTo(new Path(1, 0, 2, 10, xy), whole);
        BoundingBox split = new BoundingBox();
        pieces.forEach(p -> PathBounds.addTo(p, split));
        assertThat(new long[] {split.minX, split.minY, split.maxX, split.maxY})
            .containsExactly(whole.minX, whole.minY, whole.maxX, whole.maxY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A_NAME_THAT_IS_THIRTY_THREE_CHARS", "has space", "dash-name", "dot.name", "ümlaut"})
    void invalidCellNamesAreRefused(String name) {
        assertThatThrownBy(() -> Gds.write(w -> w.beginCell(name))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("cell name");
    }

    @Test
    void validCellNamesIncludeTheOddCharacters() {
        GdsLibrary lib = Gds.read(Gds.write(w -> {
            w.beginCell("A_NAME_THAT_IS_THIRTY_TWO_CHARSX");
            w.endCell();
            w.beginCell("$x?9_");
            w.endCell();
        }));
        assertThat(lib.cells()).extracting(GdsCell::name).containsExactly("A_NAME_THAT_IS_THIRTY_TWO_CHARSX", "$x?9_");
    }

    @Test
    void duplicateCellNamesAreRefused() {
        assertThatThrownBy(() -> Gds.write(w -> {
            w.beginCell("A");
            w.endCell();
            w.beginCell("A");
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already defined");
    }

    @Test
    void referencesMayPointForwardButMustBeDefinedByTheEnd() {
        GdsLibrary lib = Gds.read(Gds.write(w -> {
            w.beginCell("TOP");
            w.sref("LATER", 0, 0);
            w.endCell();
            w.beginCell("LATER");
            w.endCell();
        }));
        assertThat(lib.cells()).extracting(GdsCell::name).containsExactly("TOP", "LATER");
        assertThatThrownBy(() -> Gds.write(w -> {
            w.beginCell("TOP");
            w.sref("NEVER", 0, 0);
            w.endCell();
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("NEVER").hasMessageContaining("TOP");
    }

    @Test
    void referenceCyclesAreRefusedAtEndLibrary() {
        assertThatThrownBy(() -> Gds.write(w -> {
            w.beginCell("A");
            w.sref("B", 0, 0);
            w.endCell();
            w.beginCell("B");
            w.sref("A", 0, 0);
            w.endCell();
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("cycle").hasMessageContaining("A -> B -> A");
        assertThatThrownBy(() -> Gds.write(w -> {
            w.beginCell("A");
            w.sref("A", 0, 0);
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itself");
    }

    @Test
    void callsOutOfOrderAreIllegalState() throws IOException {
        GdsWriter w = GdsWriter.open(new ByteArrayOutputStream(), GdsWriterOptions.defaults());
        assertThatThrownBy(() -> w.beginCell("A")).isInstanceOf(IllegalStateException.class);
        w.beginLibrary("L", 1e-3, 1e-9, Gds.TIME);
        assertThatThrownBy(() -> w.boundary(1, 0, new int[] {0, 0, 1, 0, 1, 1})).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(w::endCell).isInstanceOf(IllegalStateException.class);
        w.beginCell("A");
        assertThatThrownBy(w::endLibrary).isInstanceOf(IllegalStateException.class);
        w.close();
    }

    @Test
    void invalidValuesAreRefusedBeforeAnythingIsWritten() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GdsWriter w = GdsWriter.open(out, GdsWriterOptions.defaults());
        w.beginLibrary("L", 1e-3, 1e-9, Gds.TIME);
        w.beginCell("A");
        w.close();
        int size = out.size();
        GdsWriter w2 = GdsWriter.open(new ByteArrayOutputStream(), GdsWriterOptions.defaults());
        assertThatThrownBy(() -> w2.beginLibrary("L", 0, 1e-9, Gds.TIME)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w2.beginLibrary("L", 1e-3, Double.NaN, Gds.TIME)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w2.beginLibrary("L", 1e-3, 1e-9, LocalDateTime.of(1899, 1, 1, 0, 0)))
            .isInstanceOf(IllegalArgumentException.class);
        w2.beginLibrary("L", 1e-3, 1e-9, Gds.TIME);
        w2.beginCell("A");
        assertThatThrownBy(() -> w2.boundary(-1, 0, new int[] {0, 0, 1, 0, 1, 1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w2.boundary(1, 40000, new int[] {0, 0, 1, 0, 1, 1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w2.boundary(1, 0, new int[] {0, 0, 1, 0, 0, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w2.boundary(1, 0, new int[] {0, 0, 1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w2.path(1, 0, 3, 10, new int[] {0, 0, 1, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w2.path(1, 0, 0, -1, new int[] {0, 0, 1, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w2.path(1, 0, 0, 10, new int[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w2.aref("B", 0, 1, 0, 0, 1, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w2.aref("B", 3, 1, Integer.MAX_VALUE - 5, 0, 10, 0, 0, 1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32-bit");
        assertThatThrownBy(() -> w2.sref("B", 0, 0, Strans.of(false, 0, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w2.sref("B", 0, 0, Strans.of(false, 0, 1e90))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w2.text(1, 0, 0, 0, "é")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w2.text(1, 0, 0, 0, "x".repeat(513))).isInstanceOf(IllegalArgumentException.class);
        w2.endCell();
        w2.endLibrary(); // nothing half-written: the stream still reads
        assertThat(size).isPositive();
    }

    @Test
    void stringsArePaddedToEvenLengthWithNul() {
        byte[] bytes = Gds.cell(w -> w.text(1, 0, 0, 0, "abc"));
        String hex = HexFormat.of().formatHex(bytes);
        assertThat(hex).contains("00081906" + "61626300"); // STRING "abc\0"
        assertThat(Gds.read(bytes).cells().get(0).elements()).containsExactly(new Text(1, 0, 0, 0, "abc"));
    }

    @Test
    void neverWritesBox() {
        byte[] bytes = Gds.cell(w -> {
            w.boundary(1, 0, new int[] {0, 0, 10, 0, 10, 10, 0, 10});
            w.text(1, 0, 0, 0, "t");
        });
        for (int at = 0; at < bytes.length; at += u16(bytes, at)) {
            assertThat(u16(bytes, at + 2)).isNotEqualTo(RecordType.BOX);
            if (u16(bytes, at + 2) == RecordType.ENDLIB) {
                break;
            }
        }
    }

    @Test
    void everyCellCarriesTheTimestamp() {
        LocalDateTime t = GdsTimestamps.fromEpochSeconds("1700000000").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GdsWriter w = GdsWriter.open(out, GdsWriterOptions.defaults())) {
            w.beginLibrary("L", 1e-3, 1e-9, t);
            w.beginCell("A");
            w.endCell();
            w.endLibrary();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        byte[] b = out.toByteArray();
        // BGNSTR follows HEADER(6) BGNLIB(28) LIBNAME(6) UNITS(20)
        int bgnstr = 6 + 28 + 6 + 20;
        assertThat(u16(b, bgnstr + 2)).isEqualTo(RecordType.BGNSTR);
        int[] expected = {2023, 11, 14, 22, 13, 20};
        for (int i = 0; i < 12; i++) {
            assertThat(u16(b, bgnstr + 4 + 2 * i)).isEqualTo(expected[i % 6]);
            assertThat(u16(b, 10 + 2 * i)).isEqualTo(expected[i % 6]);
        }
        assertThat(Gds.read(b).modified()).isEqualTo(t);
    }
}
