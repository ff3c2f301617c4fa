package org.jjmask.design;

import org.jjmask.design.spec.SpecException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.jjmask.gds.GdsWriter;
import org.jjmask.layout.Bridge;
import org.jjmask.layout.Corbino;
import org.jjmask.layout.Cross;
import org.jjmask.layout.HallBar;
import org.jjmask.layout.PolygonDevice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The device keys of every template: read, defaulted, refused with the key named; a GDS-layer outline. */
class DeviceTemplateSpecTest {

    static final String HEAD = """
            name: t-1
            material:
              preset: Nb
            lattice:
              type: square
              pitch_nm: 200
              hole_diameter_nm: 120
            device:
            """;

    static Spec parse(String device) throws SpecException {
        return SpecReader.parse(HEAD + device, "t.yaml");
    }

    @Test
    void readsEveryTemplate() throws Exception {
        Spec b = parse("  type: bridge\n  length_um: 10\n  width_um: 2\n");
        assertThat(((Spec.BridgeSpec) b.device()).taperLengthUm()).isEqualTo(10);
        assertThat(((Spec.BridgeSpec) b.device()).padSizeUm()).isEqualTo(50);
        assertThat(Designer.device(b)).isEqualTo(new Bridge(10, 2, 10, 50));

        Spec c = parse("  type: cross\n  width_um: 8\n  pad_size_um: 20\n  contact_keepout_um: 1\n");
        assertThat(((Spec.CrossSpec) c.device()).armLengthUm()).isEqualTo(8);
        assertThat(c.device().contactKeepoutUm()).isEqualTo(1);
        assertThat(Designer.device(c)).isEqualTo(new Cross(8, 8, 20));

        Spec k = parse("  type: corbino\n  inner_radius_um: 10\n  outer_radius_um: 25\n");
        assertThat(((Spec.CorbinoSpec) k.device()).contactWidthUm()).isEqualTo(5);
        assertThat(Designer.device(k)).isEqualTo(new Corbino(10, 25, 5));

        Spec h = parse("  type: hallbar\n  length_um: 80\n  width_um: 10\n  pad_size_um: 20\n  pattern_arms: false\n");
        assertThat(Designer.device(h)).isEqualTo(new HallBar(80, 10, 2, 2.5, 10, 20, false));
        Spec plain = parse("  type: hallbar\n  length_um: 80\n  width_um: 10\n");
        assertThat(Designer.device(plain)).isEqualTo(new HallBar(80, 10, 2, 2.5, 10));
    }

    @Test
    void designsATemplateWithPadsAndKeepsTheLatticeOffThem() throws Exception {
        DesignResult r = Designer.run(parse("  type: bridge\n  length_um: 4\n  width_um: 1\n  taper_length_um: 1\n"
                + "  pad_size_um: 5\n  contact_keepout_um: 0.5\n"));
        assertThat(r.layout().holeCount()).isPositive();
        assertThat(r.layout().padsNm()).hasSize(2);
        // the bridge only: no hole centre beyond its ends, less the margin
        assertThat(r.layout().holeBoundsNm().getMaxX()).isLessThanOrEqualTo(2000);
        assertThat(Summary.writtenLayers(r)).extracting(l -> l.layer()).containsExactly(1, 2, 4);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("hallbar key on a bridge", "  type: bridge\n  length_um: 10\n  width_um: 2\n  arm_pairs: 2\n",
                        "device.arm_pairs", "does not apply to device.type bridge"),
                Arguments.of("radius on a hallbar", "  type: hallbar\n  length_um: 10\n  width_um: 2\n  inner_radius_um: 2\n",
                        "device.inner_radius_um", "does not apply"),
                Arguments.of("pads on a polygon", "  type: polygon\n  wkt: \"POLYGON((0 0, 1 0, 1 1, 0 0))\"\n  pad_size_um: 3\n",
                        "device.pad_size_um", "does not apply"),
                Arguments.of("unknown type", "  type: corbinoo\n", "device.type", "corbino"),
                Arguments.of("bridge pads narrower than it", "  type: bridge\n  length_um: 10\n  width_um: 20\n  pad_size_um: 10\n",
                        "device.pad_size_um", "wider than the bridge"),
                Arguments.of("bridge without width", "  type: bridge\n  length_um: 10\n", "device.width_um", "missing"),
                Arguments.of("negative taper", "  type: bridge\n  length_um: 10\n  width_um: 2\n  taper_length_um: -1\n",
                        "device.taper_length_um", "out of range"),
                Arguments.of("cross pads touch", "  type: cross\n  width_um: 2\n  arm_length_um: 2\n  pad_size_um: 9\n",
                        "device.pad_size_um", "touch"),
                Arguments.of("corbino inside out", "  type: corbino\n  inner_radius_um: 10\n  outer_radius_um: 5\n",
                        "device.outer_radius_um", "larger than"),
                Arguments.of("corbino contact too wide", "  type: corbino\n  inner_radius_um: 10\n  outer_radius_um: 20\n"
                        + "  contact_width_um: 10\n", "device.contact_width_um", "smaller than"),
                Arguments.of("hallbar pads touch", "  type: hallbar\n  length_um: 30\n  width_um: 5\n  pad_size_um: 10\n",
                        "device.pad_size_um", "would touch"),
                Arguments.of("pattern_arms not a boolean", "  type: hallbar\n  length_um: 30\n  width_um: 5\n  pattern_arms: maybe\n",
                        "device.pattern_arms", "line"),
                Arguments.of("negative keep-out", "  type: cross\n  width_um: 2\n  contact_keepout_um: -1\n",
                        "device.contact_keepout_um", "out of range"),
                Arguments.of("wkt and gds", "  type: polygon\n  wkt: \"POLYGON((0 0, 1 0, 1 1, 0 0))\"\n  gds:\n    file: a.gds\n    layer: 1\n",
                        "device.gds", "not both"),
                Arguments.of("gds file missing", "  type: polygon\n  gds:\n    file: nowhere.gds\n    layer: 1\n",
                        "device.gds.file", "no such file"),
                Arguments.of("gds layer missing", "  type: polygon\n  gds:\n    file: a.gds\n", "device.gds.layer", "missing"),
                Arguments.of("unknown gds key", "  type: polygon\n  gds:\n    file: a.gds\n    layr: 1\n", "device.gds.layr", "unknown key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void refusesWithOneLineNamingTheKey(String what, String device, String key, String detail) {
        assertThatThrownBy(() -> parse(device))
                .isInstanceOf(SpecException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).startsWith("t.yaml").contains(key).contains(detail).doesNotContain("\n");
                    assertThat(((SpecException) e).key()).isEqualTo(key);
                });
    }

    /** An L of two overlapping boxes on layer 7/0 in a cell placed by a top cell, plus a decoy on 8/0. */
    static void writeGds(Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file); GdsWriter w = GdsWriter.open(out)) {
            w.beginLibrary("T", 1e-3, 1e-9, LocalDateTime.of(2024, 1, 1, 0, 0));
            w.beginCell("PART");
            w.boundary(7, 0, new int[] {0, 0, 20000, 0, 20000, 5000, 0, 5000});
            w.boundary(7, 0, new int[] {0, 0, 5000, 0, 5000, 20000, 0, 20000});
            w.boundary(8, 0, new int[] {-9000, -9000, -8000, -9000, -8000, -8000});
            w.endCell();
            w.beginCell("TOP");
            w.sref("PART", 1000, 2000);
            w.endCell();
            w.beginCell("OTHER");
            w.boundary(7, 0, new int[] {0, 0, 1000, 0, 1000, 1000, 0, 1000});
            w.endCell();
            w.endLibrary();
        }
    }

    @Test
    void readsTheOutlineFromAGdsLayerRelativeToTheSpec(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("masks"));
        writeGds(dir.resolve("masks/outline.gds"));
        Path spec = dir.resolve("dev.yaml");
        Files.writeString(spec, HEAD + "  type: polygon\n  gds:\n    file: masks/outline.gds\n    layer: 7\n    cell: TOP\n");
        Spec s = SpecReader.read(spec);
        assertThat(((Spec.PolygonSpec) s.device()).gdsSource()).isEqualTo("masks/outline.gds layer 7/0 cell TOP");
        PolygonDevice d = (PolygonDevice) Designer.device(s);
        // the union of the two 20 × 5 µm boxes, moved by (1, 2) µm
        assertThat(d.outline().getArea()).isCloseTo(175e6, within(1.0));
        assertThat(d.outline().getEnvelopeInternal().getMinX()).isEqualTo(1000);
        assertThat(d.outline().getEnvelopeInternal().getMinY()).isEqualTo(2000);
        DesignResult r = Designer.run(s);
        assertThat(r.layout().holeCount()).isPositive();
        assertThat(Summary.of(r, java.util.List.of()).get("device").get("gds").asText()).contains("layer 7/0");

        // two top cells and none named; a cell that is not there; a layer without shapes
        for (String[] bad : new String[][] {
            {"    layer: 7\n", "device.gds.cell", "2 top cells"},
            {"    layer: 7\n    cell: NOPE\n", "device.gds.cell", "NOPE"},
            {"    layer: 9\n    cell: TOP\n", "device.gds.layer", "layer 9/0"},
            {"    layer: 7\n    datatype: 3\n    cell: TOP\n", "device.gds.layer", "layer 7/3"}}) {
            Files.writeString(spec, HEAD + "  type: polygon\n  gds:\n    file: masks/outline.gds\n" + bad[0]);
            assertThatThrownBy(() -> SpecReader.read(spec)).isInstanceOf(SpecException.class)
                    .hasMessageContaining(bad[1]).hasMessageContaining(bad[2])
                    .satisfies(e -> assertThat(((SpecException) e).key()).isEqualTo(bad[1]));
        }
        Files.writeString(dir.resolve("masks/junk.gds"), "not a gds file");
        Files.writeString(spec, HEAD + "  type: polygon\n  gds:\n    file: masks/junk.gds\n    layer: 7\n");
        assertThatThrownBy(() -> SpecReader.read(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("device.gds.file").hasMessageContaining("cannot read");
    }
}
