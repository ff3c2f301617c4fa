package org.jjmask.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import org.jjmask.gds.GdsInspector;
import org.jjmask.gds.GdsReader;
import org.jjmask.gds.GdsWriter;
import org.jjmask.gds.GdsWriterOptions;
import org.jjmask.gds.Inspection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A layout written as GDS and read back: the hole count survives the hierarchy exactly. */
class LayoutGdsTest {

    static byte[] write(Layout layout, String name) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GdsWriter w = GdsWriter.open(bytes, GdsWriterOptions.defaults())) {
            LayoutGds.write(layout, name, LocalDateTime.of(2024, 1, 2, 3, 4, 5), w);
        }
        return bytes.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(LatticeType.class)
    void holesSurviveTheHierarchy(LatticeType t) throws Exception {
        Layout layout = Layout.of(new HallBar(12, 3, 2, 1, 2), GridLattice.of(t, 120, 1.0), HoleShape.regular(70, 32, 1.0), 200, 1.0);
        Inspection in = GdsInspector.inspect(GdsReader.read(write(layout, "bar-1")));
        assertThat(in.layerCount(1, 0).polygons()).isEqualTo(layout.holeCount()).isPositive();
        assertThat(in.layerCount(2, 0).polygons()).isEqualTo(1);
        assertThat(in.cells()).isEqualTo(3);
        assertThat(in.topCells()).containsExactly("bar_1");
        assertThat(in.arefs() + in.srefs()).isEqualTo(layout.arrays().size() + 1);
        // the outline bounds the mask: 12 µm channel, 3 µm wide plus 2 µm arms each side
        assertThat(in.bboxUm()).containsExactly(-6.0, -3.5, 6.0, 3.5);
    }

    @Test
    void aDeviceWithoutHolesWritesNoStrayHoleCell() throws Exception {
        Layout layout = Layout.of(new HallBar(2, 0.5, 0, 0.1, 0.1), GridLattice.of(LatticeType.SQUARE, 200, 1.0),
                HoleShape.regular(100, 16, 1.0), 400, 1.0);
        assertThat(layout.holeCount()).isZero();
        Inspection in = GdsInspector.inspect(GdsReader.read(write(layout, "empty")));
        assertThat(in.topCells()).containsExactly("empty");
        assertThat(in.layerCount(1, 0).polygons()).isZero();
        FilmLayout film = FilmTiling.of(layout);
        assertThat(film.tileArrays()).isEmpty();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (GdsWriter w = GdsWriter.open(bytes, GdsWriterOptions.defaults())) {
            LayoutGds.write(layout, java.util.Optional.of(film), "empty", LocalDateTime.of(2024, 1, 2, 3, 4, 5), w);
        }
        Inspection negative = GdsInspector.inspect(GdsReader.read(bytes.toByteArray()));
        assertThat(negative.topCells()).containsExactly("empty");
        assertThat(negative.layerCount(3, 0).polygons()).isPositive();
    }

    @Test
    void topCellNamesAreSafeForOldTools() {
        assertThat(LayoutGds.topCellName("nickelate-hallbar")).isEqualTo("nickelate_hallbar");
        assertThat(LayoutGds.topCellName("a".repeat(64))).hasSize(32);
        assertThat(LayoutGds.topCellName("jj_hole")).isEqualTo("jj_hole_TOP");
    }
}
