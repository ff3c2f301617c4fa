package org.jjmask.gds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grammar of GDSII.md, written record by record, read back into the model. */
class GdsReaderTest {

    private static GdsLibrary read(GdsBytes b) {
        return Gds.read(b.bytes());
    }

    private static List<GdsElement> elements(GdsBytes cellBody) {
        return read(cellBody.endCell().endLibrary()).cells().get(0).elements();
    }

    @Test
    void skewedArefWithFullStrans() {
        GdsBytes b = GdsBytes.library().beginCell("C").endCell().beginCell("TOP")
            .none(RecordType.AREF).str(RecordType.SNAME, "C")
            .i16(RecordType.STRANS, 0x8006).real8(RecordType.MAG, 2.5).real8(RecordType.ANGLE, 30.0)
            .i16(RecordType.COLROW, 40000, 3)
            .i32(RecordType.XY, 0, 0, 4_000_000, 0, 150, 260).none(RecordType.ENDEL);
        List<GdsElement> e = read(b.endCell().endLibrary()).cell("TOP").orElseThrow().elements();
        assertThat(e).containsExactly(new ARef("C", 40000, 3, 0, 0, 4_000_000, 0, 150, 260,
            new Strans(true, true, true, 2.5, 30.0), List.of()));
        ARef a = (ARef) e.get(0);
        assertThat(a.rowStepX()).isEqualTo(50.0);
        assertThat(a.colStepX()).isEqualTo(100.0);
    }

    @Test
    void srefWithMagOrAngleOnly() {
        GdsBytes b = GdsBytes.library().beginCell("C").endCell().beginCell("TOP")
            .none(RecordType.SREF).str(RecordType.SNAME, "C").real8(RecordType.ANGLE, -90.0)
            .i32(RecordType.XY, 7, 8).none(RecordType.ENDEL);
        assertThat(read(b.endCell().endLibrary()).cell("TOP").orElseThrow().elements())
            .containsExactly(new SRef("C", 7, 8, Strans.rotation(-90), List.of()));
    }

    @Test
    void pathsOfAllTypesWithExtensions() {
        GdsBytes b = GdsBytes.library().beginCell("TOP");
        for (int type : new int[] {0, 1, 2, 4}) {
            b.none(RecordType.PATH).i16(RecordType.LAYER, 3).i16(RecordType.DATATYPE, type)
                .i16(RecordType.PATHTYPE, type).i32(RecordType.WIDTH, 40);
            if (type == 4) {
                b.i32(RecordType.BGNEXTN, 11).i32(RecordType.ENDEXTN, -3);
            }
            b.i32(RecordType.XY, 0, 0, 100, 0).none(RecordType.ENDEL);
        }
        // no PATHTYPE and no WIDTH at all
        b.none(RecordType.PATH).i16(RecordType.LAYER, 3).i16(RecordType.DATATYPE, 9).i32(RecordType.XY, 0, 0, 0, 5)
            .none(RecordType.ENDEL);
        List<GdsElement> e = elements(b);
        assertThat(e).hasSize(5);
        Path custom = (Path) e.get(3);
        assertThat(custom.pathType()).isEqualTo(4);
        assertThat(custom.effectiveBeginExtension()).isEqualTo(11);
        assertThat(custom.effectiveEndExtension()).isEqualTo(-3);
        assertThat(((Path) e.get(1)).effectiveBeginExtension()).isEqualTo(20);
        assertThat(((Path) e.get(2)).effectiveEndExtension()).isEqualTo(20);
        assertThat(((Path) e.get(0)).effectiveEndExtension()).isZero();
        assertThat(e.get(4)).isEqualTo(new Path(3, 9, 0, 0, new int[] {0, 0, 0, 5}));
    }

    @Test
    void boxIsReadAsARectangle() {
        GdsBytes b = GdsBytes.library().beginCell("TOP").none(RecordType.BOX).i16(RecordType.LAYER, 5)
            .i16(RecordType.BOXTYPE, 2).i32(RecordType.XY, 0, 0, 30, 0, 30, 20, 0, 20, 0, 0).none(RecordType.ENDEL);
        GdsLibrary lib = read(b.endCell().endLibrary());
        assertThat(lib.cells().get(0).elements()).containsExactly(
            new Box(5, 2, new int[] {0, 0, 30, 0, 30, 20, 0, 20, 0, 0}, List.of()));
        Inspection i = inspect(lib);
        assertThat(i.layerCount(5, 2).polygons()).isEqualTo(1);
        assertThat(i.bboxUm()).containsExactly(new double[] {0, 0, 0.03, 0.02}, within(1e-12));
    }

    @Test
    void textWithPresentationStransAndWidth() {
        GdsBytes b = GdsBytes.library().beginCell("TOP").none(RecordType.TEXT).i16(RecordType.LAYER, 10)
            .i16(RecordType.TEXTTYPE, 1).i16(RecordType.PRESENTATION, 0x0015).i16(RecordType.PATHTYPE, 1)
            .i32(RecordType.WIDTH, -5).i16(RecordType.STRANS, 0x8000).real8(RecordType.MAG, 0.25)
            .real8(RecordType.ANGLE, 180.0).i32(RecordType.XY, -4, 9).str(RecordType.STRING, "hello")
            .none(RecordType.ENDEL);
        assertThat(elements(b)).containsExactly(new Text(10, 1, -4, 9, "hello", 0x15, 1, -5,
            new Strans(true, false, false, 0.25, 180.0), List.of()));
    }

    @Test
    void propertiesElflagsAndPlex() {
        GdsBytes b = GdsBytes.library().beginCell("TOP").none(RecordType.BOUNDARY).i16(RecordType.ELFLAGS, 3)
            .i32(RecordType.PLEX, 77).i16(RecordType.LAYER, 1).i16(RecordType.DATATYPE, 0)
            .i32(RecordType.XY, 0, 0, 1, 0, 1, 1, 0, 0)
            .i16(RecordType.PROPATTR, 1).str(RecordType.PROPVALUE, "dose=1.2")
            .i16(RecordType.PROPATTR, 65535).str(RecordType.PROPVALUE, "x")
            .none(RecordType.ENDEL);
        Boundary boundary = (Boundary) elements(b).get(0);
        assertThat(boundary.properties()).containsExactly(new GdsProperty(1, "dose=1.2"), new GdsProperty(65535, "x"));
    }

    @Test
    void libraryLevelRecordsAreSkipped() {
        GdsBytes b = new GdsBytes().header().bgnlib(2024).str(RecordType.LIBNAME, "LIB")
            .i16(RecordType.LIBDIRSIZE, 3).str(RecordType.SRFNAME, "srf").i16(RecordType.LIBSECUR, 1, 2, 3)
            .str(RecordType.REFLIBS, "a").str(RecordType.FONTS, "f").str(RecordType.ATTRTABLE, "t")
            .i16(RecordType.GENERATIONS, 3).i16(RecordType.FORMAT, 1).str(RecordType.MASK, "m").none(RecordType.ENDMASKS)
            .units(1e-3, 1e-9).beginCell("A").endCell().endLibrary();
        GdsLibrary lib = read(b);
        assertThat(lib.cells()).hasSize(1);
        assertThat(lib.notes()).anySatisfy(n -> assertThat(n).contains("FONTS"))
            .anySatisfy(n -> assertThat(n).contains("LIBSECUR"));
    }

    @Test
    void raithVendorRecordsAreSkippedWithNotes() {
        GdsBytes b = GdsBytes.library().record(0x6206, new byte[] {'p', 'x'})
            .beginCell("TOP")
            .none(0x5600).i16(RecordType.LAYER, 1).i16(RecordType.DATATYPE, 0).i32(RecordType.WIDTH, 100)
            .i32(RecordType.XY, 0, 0, 50, 0, 0, 6283185, 64, 2).none(RecordType.ENDEL)
            .none(0x5800).i16(RecordType.LAYER, 1).i32(RecordType.XY, 0, 0, 5, 5).none(RecordType.ENDEL)
            .none(0x5A00).i16(RecordType.LAYER, 1).i32(RecordType.XY, 0, 0, 5, 5).none(RecordType.ENDEL)
            .record(0x6206, new byte[] {'q', 0})
            .square(1, 0, 0, 10)
            .endCell().endLibrary();
        GdsLibrary lib = read(b);
        assertThat(lib.cells().get(0).elements()).hasSize(1);
        assertThat(lib.notes()).hasSize(4).allSatisfy(n -> assertThat(n).contains("Raith"));
        assertThat(lib.notes()).anySatisfy(n -> assertThat(n).contains("0x5600"));
    }

    @Test
    void nodeElementsAreSkipped() {
        GdsBytes b = GdsBytes.library().beginCell("TOP").none(RecordType.NODE).i16(RecordType.LAYER, 1)
            .i16(RecordType.NODETYPE, 0).i32(RecordType.XY, 0, 0).none(RecordType.ENDEL).square(1, 0, 0, 1);
        assertThat(elements(b)).hasSize(1);
    }

    @Test
    void yearsBelow1900AreFixedUp() {
        GdsLibrary lib = read(new GdsBytes().header().bgnlib(124).str(RecordType.LIBNAME, "L").units(1e-3, 1e-9)
            .endLibrary());
        assertThat(lib.modified()).isEqualTo(LocalDateTime.of(2024, 6, 1, 12, 0, 0));
        assertThat(lib.notes()).anySatisfy(n -> assertThat(n).contains("124"));
    }

    @Test
    void invalidDatesAreANoteNotAFailure() {
        GdsLibrary lib = read(new GdsBytes().header().i16(RecordType.BGNLIB, 2024, 13, 40, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            .units(1e-3, 1e-9).endLibrary());
        assertThat(lib.modified()).isEqualTo(GdsLibrary.NO_TIME);
        assertThat(lib.notes()).isNotEmpty();
    }

    @Test
    void zeroPaddingAfterEndlibIsFine() {
        GdsBytes b = GdsBytes.library().beginCell("A").endCell().endLibrary().raw(new int[2048]);
        assertThat(read(b).notes()).isEmpty();
        GdsBytes junk = GdsBytes.library().endLibrary().raw(1, 2, 3);
        assertThat(read(junk).notes()).anySatisfy(n -> assertThat(n).contains("after ENDLIB"));
    }

    @Test
    void unclosedBoundaryIsReadWithANote() {
        GdsLibrary lib = read(GdsBytes.library().beginCell("A").boundary(1, 0, 0, 0, 5, 0, 5, 5, 0, 5)
            .endCell().endLibrary());
        assertThat(lib.cells().get(0).elements()).hasSize(1);
        assertThat(lib.notes()).anySatisfy(n -> assertThat(n).contains("not closed"));
    }

    @Test
    void readsFromAFile(@TempDir java.nio.file.Path dir) throws IOException, GdsFormatException {
        java.nio.file.Path file = dir.resolve("x.gds");
        Files.write(file, Gds.cell(w -> w.boundary(1, 0, new int[] {0, 0, 1, 0, 1, 1})));
        assertThat(GdsReader.read(file).cells()).hasSize(1);
    }

    private static Inspection inspect(GdsLibrary lib) {
        try {
            return GdsInspector.inspect(lib);
        } catch (GdsFormatException e) {
            throw new AssertionError(e);
        }
    }
}
