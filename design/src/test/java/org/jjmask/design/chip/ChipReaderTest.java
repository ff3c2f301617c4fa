package org.jjmask.design.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jjmask.design.spec.SpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chip file's reader: the matrix a vary: section makes, the device list, the labels, and the
 * refusals — each one line that names the device (vary combination or devices[i]) and the key at
 * its line in the file that wrote it.
 */
class ChipReaderTest {

    static final String BASE = """
            name: tiny
            material: {preset: Nd0.8Sr0.2NiO2}
            substrate: {preset: SrTiO3}
            device: {type: bridge, length_um: 4, width_um: 2, taper_length_um: 1, pad_size_um: 5}
            lattice:
              type: triangular
              pitch_nm: 100
              hole_diameter_nm: 60
            """;

    static final String CHIP = """
            name: test-chip
            chip:
              size_um: [1000, 800]
              dicing_lane_um: 50
              cell_um: [200, 150]
              marks: {corners: true, margin_um: 100}
              label: "{row}{col} a{lattice.pitch_nm} d{lattice.hole_diameter_nm}"
              title: "Test chip"
            base: tiny.yaml
            vary:
              lattice.pitch_nm: [100, 120]
              lattice.hole_diameter_nm: [50, 60, 70]
            """;

    static Path write(Path dir, String chip) throws Exception {
        Files.writeString(dir.resolve("tiny.yaml"), BASE);
        return Files.writeString(dir.resolve("c.yaml"), chip);
    }

    @Test
    void theFirstVariedKeyIsTheRowsTheRestTheColumns(@TempDir Path dir) throws Exception {
        ChipSpec c = ChipReader.read(write(dir, CHIP));
        assertThat(c.rows()).isEqualTo(2);
        assertThat(c.columns()).isEqualTo(3);
        assertThat(c.devices()).hasSize(6);
        assertThat(c.varied()).containsExactly("lattice.pitch_nm", "lattice.hole_diameter_nm");
        ChipDevice b3 = c.devices().get(5);
        assertThat(b3.id()).isEqualTo("B3");
        assertThat(b3.spec().lattice().pitchNm()).isEqualTo(120);
        assertThat(b3.spec().lattice().holeDiameterNm()).isEqualTo(70);
        // the base's other keys are kept
        assertThat(b3.spec().device().type().specName()).isEqualTo("bridge");
        assertThat(b3.spec().name()).isEqualTo("test-chip-B3");
        assertThat(b3.label()).isEqualTo("B3 A120 D70");
        assertThat(c.devices().get(0).origin()).isEqualTo("vary combination lattice.pitch_nm=100, lattice.hole_diameter_nm=50");
        assertThat(c.marks().orElseThrow().positions()).extracting(ChipSpec.MarkAt::xUm)
                .containsExactly(-400.0, 400.0, 400.0, -400.0);
    }

    @Test
    void aListOfDevicesFillsRowsOfTheColumnsTheDieHolds(@TempDir Path dir) throws Exception {
        ChipSpec c = ChipReader.read(write(dir, CHIP.replaceAll("(?s)vary:.*", """
                devices:
                  - {lattice.pitch_nm: 100}
                  - {lattice.type: square, lattice.pitch_nm: 120}
                  - {}
                  - {lattice.hole_diameter_nm: 40}
                  - {lattice.hole_diameter_nm: 45}
                  - {lattice.hole_diameter_nm: 50}
                """)));
        // (1000 − 2·50) / 200 = 4.5: four columns
        assertThat(c.columns()).isEqualTo(4);
        assertThat(c.rows()).isEqualTo(2);
        assertThat(c.devices().get(4).id()).isEqualTo("B1");
        assertThat(c.devices().get(1).spec().lattice().type().specName()).isEqualTo("square");
        assertThat(c.devices().get(2).spec().lattice().pitchNm()).isEqualTo(100);
        assertThat(c.varied()).containsExactly("lattice.pitch_nm", "lattice.type", "lattice.hole_diameter_nm");
        // a key a device leaves alone shows the base's written value, not an empty one
        assertThat(c.devices().get(2).values()).extracting(ChipDevice.Override::value)
                .containsExactly(100L, "triangular", 60L);
        assertThat(c.devices().get(1).values()).extracting(ChipDevice.Override::value)
                .containsExactly(120L, "square", 60L);
    }

    @Test
    void anInlineBaseIsReadAsADesignSpec(@TempDir Path dir) throws Exception {
        String inline = CHIP.replace("base: tiny.yaml\n", "base:\n" + BASE.replaceAll("(?m)^", "  "));
        ChipSpec c = ChipReader.parse(inline, "c.yaml", dir);
        assertThat(c.devices()).hasSize(6);
        // a fault in the inline base is at its line in the chip file (line 17: hole_diameter_nm under base.lattice)
        String bad = inline.replace("    hole_diameter_nm: 60", "    hole_diameter_nm: -60");
        assertThatThrownBy(() -> ChipReader.parse(bad.replace("  lattice.hole_diameter_nm: [50, 60, 70]\n", "")
                        .replace("lattice.pitch_nm: [100, 120]", "device.width_um: [2, 3]"), "c.yaml", dir))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("base spec: lattice.hole_diameter_nm (line 17)").hasMessageContaining("out of range");
    }

    @Test
    void anUnknownKeyIsRefusedAtItsLine(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ChipReader.read(write(dir, CHIP.replace("  dicing_lane_um: 50", "  dicing_lain_um: 50"))))
                .isInstanceOf(SpecException.class)
                .hasMessage("c.yaml: chip.dicing_lain_um (line 4): unknown key; expected one of cell_um, clearance_um, "
                        + "dicing_lane_um, label, label_height_um, marks, origin, size_um, title, title_height_um");
    }

    @Test
    void aVaryKeyThatIsNoSpecKeyIsRefused(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ChipReader.read(write(dir, CHIP.replace("lattice.pitch_nm: [", "lattice.pich_nm: ["))))
                .isInstanceOf(SpecException.class)
                .hasMessageStartingWith("c.yaml: vary.lattice.pich_nm (line 11): 'lattice.pich_nm' is not a design spec key")
                .hasMessageContaining("pitch_nm");
        assertThatThrownBy(() -> ChipReader.read(write(dir, CHIP.replace("lattice.pitch_nm: [", "lattice: ["))))
                .hasMessageContaining("vary.lattice (line 11): 'lattice' is a section");
    }

    @Test
    void anEmptyListIsRefused(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ChipReader.read(write(dir, CHIP.replace("[50, 60, 70]", "[]"))))
                .isInstanceOf(SpecException.class)
                .hasMessage("c.yaml: vary.lattice.hole_diameter_nm (line 12): give at least one value");
        assertThatThrownBy(() -> ChipReader.read(write(dir, CHIP.replaceAll("(?s)vary:.*", "devices: []\n"))))
                .hasMessage("c.yaml: devices (line 10): give at least one device");
    }

    @Test
    void aBadValueNamesTheDeviceAndTheChipLine(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ChipReader.read(write(dir, CHIP.replace("[50, 60, 70]", "[50, -60, 70]"))))
                .isInstanceOf(SpecException.class)
                .hasMessageStartingWith("c.yaml: vary combination lattice.pitch_nm=100, lattice.hole_diameter_nm=-60 "
                        + "(device A2): lattice.hole_diameter_nm (line 12): -60 is out of range");
        assertThatThrownBy(() -> ChipReader.read(write(dir, CHIP.replaceAll("(?s)vary:.*", """
                devices:
                  - {lattice.pitch_nm: 100}
                  - {}
                  - {}
                  - {lattice.type: hexagonal}
                """))))
                .hasMessageStartingWith("c.yaml: devices[3] (device A4): lattice.type (line 14): unknown lattice");
    }

    @Test
    void aFaultOfTheBaseFileIsTheBaseFilesOwn(@TempDir Path dir) throws Exception {
        Path chip = write(dir, CHIP);
        Files.writeString(dir.resolve("tiny.yaml"), BASE.replace("pitch_nm: 100", "pich_nm: 100"));
        assertThatThrownBy(() -> ChipReader.read(chip)).isInstanceOf(SpecException.class)
                .hasMessageStartingWith("tiny.yaml: lattice.pich_nm (line 7): unknown key");
        Files.delete(dir.resolve("tiny.yaml"));
        assertThatThrownBy(() -> ChipReader.read(chip)).hasMessage("c.yaml: base (line 9): tiny.yaml: no such file");
    }

    @Test
    void varyOrDevicesOneOfThem(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ChipReader.read(write(dir, CHIP.replaceAll("(?s)vary:.*", ""))))
                .hasMessageContaining("give vary: (a matrix) or devices: (a list), one of them");
        assertThatThrownBy(() -> ChipReader.read(write(dir, CHIP + "devices: [{}]\n")))
                .hasMessageContaining("give vary: or devices:, not both");
    }

    @Test
    void aLabelPlaceholderMustBeAValue(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ChipReader.read(write(dir, CHIP.replace("{row}{col}", "{lattice.rotation_deg}"))))
                .hasMessageContaining("chip.label (line 7): {lattice.rotation_deg} is neither row, col, id nor a value");
        assertThatThrownBy(() -> ChipReader.read(write(dir, CHIP.replace("\"Test chip\"", "\"Test chip!\""))))
                .hasMessageContaining("chip.title (line 8): character '!'");
    }

    @Test
    void theNameCannotVary(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ChipReader.read(write(dir, CHIP.replace("lattice.pitch_nm: [100, 120]", "name: [a, b]"))))
                .hasMessageContaining("vary.name (line 11)");
    }

    @Test
    void rowLetters() {
        assertThat(ChipDevice.rowLetters(1)).isEqualTo("A");
        assertThat(ChipDevice.rowLetters(26)).isEqualTo("Z");
        assertThat(ChipDevice.rowLetters(27)).isEqualTo("AA");
        assertThat(ChipDevice.rowLetters(52)).isEqualTo("AZ");
        assertThat(ChipDevice.rowLetters(53)).isEqualTo("BA");
    }
}
