package org.jjmask.design.chip;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Spec;
import org.jjmask.design.spec.Mapping;
import org.jjmask.layout.StrokeFont;
import org.locationtech.jts.geom.Envelope;

/**
 * The chip file {@code optimize --chip} writes: the optimised design and its neighbours, pitch
 * and hole diameter each at {@value #STEP} below, at and above the optimum (on the manufacturing
 * grid), a 3 × 3 matrix whose centre device is the optimum, so that one cool-down brackets the
 * prediction. The die is sized from the optimised device: each cell holds the device, its label
 * and the chip's clearance, the die the matrix, its dicing lane, the title and the corner marks.
 */
public final class BracketChip {

    /** How far the outer rows and columns sit from the optimum, as a fraction of it. */
    public static final double STEP = 0.10;
    static final double LABEL_UM = 20;
    static final double TITLE_UM = 50;
    static final double CLEARANCE_UM = 20;
    static final double LANE_UM = 100;
    /** Between the matrix and the die edge: the lane, the corner marks (150 µm in) and the title. */
    static final double BORDER_UM = 400;

    private BracketChip() {}

    /**
     * @param chipName the chip's name (a file stem of at most 56 characters)
     * @param base     the optimised spec file, as the chip file will name it (relative to it, or absolute)
     * @param best     the optimised design's pass
     */
    public static String yaml(String chipName, Path base, DesignResult best, String header) {
        Spec s = best.spec();
        double grid = s.fabrication().gridNm();
        double p = s.lattice().pitchNm();
        double d = s.lattice().holeDiameterNm();
        List<Double> pitches = bracket(p, grid);
        List<Double> diameters = bracket(d, grid);
        Envelope device = ChipDesigner.bounds(best);
        double wUm = device.getWidth() / 1000;
        double hUm = device.getHeight() / 1000;
        double label = 0;
        for (int row = 1; row <= 3; row++) {
            for (int col = 1; col <= 3; col++) {
                label = Math.max(label, StrokeFont.widthNm(labelText(row, col, pitches.get(row - 1),
                        diameters.get(col - 1)), LABEL_UM * 1000) / 1000);
            }
        }
        double cellX = up(Math.max(wUm, label) + 2 * CLEARANCE_UM + 40, 50);
        // below the device: its label, half a letter under it, one letter tall
        double cellY = up(hUm + 3 * LABEL_UM + 2 * CLEARANCE_UM + 40, 50);
        // the title (50 µm letters, the chip default) centred at the bottom, clear of the corner marks
        double titleUm = StrokeFont.widthNm(title(chipName), TITLE_UM * 1000) / 1000;
        double dieX = up(Math.max(3 * cellX, titleUm) + 2 * BORDER_UM, 100);
        double dieY = up(3 * cellY + 2 * BORDER_UM, 100);
        StringBuilder b = new StringBuilder();
        b.append("# yaml-language-server: $schema=jjmask-chip.schema.json\n");
        for (String line : header.split("\n", -1)) {
            b.append("# ").append(line).append('\n');
        }
        b.append("name: ").append(chipName).append('\n');
        b.append("chip:\n");
        b.append("  size_um: [").append(n(dieX)).append(", ").append(n(dieY)).append("]\n");
        b.append("  dicing_lane_um: ").append(n(LANE_UM)).append('\n');
        b.append("  cell_um: [").append(n(cellX)).append(", ").append(n(cellY)).append("]\n");
        b.append("  clearance_um: ").append(n(CLEARANCE_UM)).append('\n');
        b.append("  marks: {type: cross, size_um: 20, width_um: 2, corners: true, margin_um: 150}\n");
        b.append("  label: \"{id} a{lattice.pitch_nm} d{lattice.hole_diameter_nm}\"\n");
        b.append("  label_height_um: ").append(n(LABEL_UM)).append('\n');
        b.append("  title: \"").append(title(chipName)).append("\"\n");
        b.append("base: ").append(quoted(base.toString().replace('\\', '/'))).append('\n');
        b.append("vary:                            # rows: pitch, columns: hole diameter; B2 is the optimum\n");
        b.append("  lattice.pitch_nm: ").append(list(pitches)).append('\n');
        b.append("  lattice.hole_diameter_nm: ").append(list(diameters)).append('\n');
        return b.toString();
    }

    /** The chip's name for a design's: {@code NAME-chip}, the name cut to leave room for it. */
    public static String chipName(String designName) {
        String stem = designName.length() > 51 ? designName.substring(0, 51) : designName;
        return stem + "-chip";
    }

    /** The value less {@link #STEP}, itself and more {@link #STEP}, on the grid; the ends never collapse onto it. */
    static List<Double> bracket(double v, double grid) {
        double lo = Math.round(v * (1 - STEP) / grid) * grid;
        double hi = Math.round(v * (1 + STEP) / grid) * grid;
        List<Double> out = new ArrayList<>(List.of(Math.min(lo, v - grid), v, Math.max(hi, v + grid)));
        return out.stream().map(BracketChip::tidy).toList();
    }

    /** Removes the binary noise of grid arithmetic (0.1 × 3 = 0.30000000000000004). */
    private static double tidy(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static String title(String chipName) {
        return chipName.toUpperCase(Locale.ROOT).replace('-', ' ');
    }

    private static String labelText(int row, int col, double pitch, double diameter) {
        return (ChipDevice.rowLetters(row) + col + " A" + n(pitch) + " D" + n(diameter)).toUpperCase(Locale.ROOT);
    }

    private static double up(double v, double step) {
        return Math.ceil(v / step) * step;
    }

    private static String n(double v) {
        return Mapping.fmt(v);
    }

    private static String list(List<Double> values) {
        return "[" + String.join(", ", values.stream().map(BracketChip::n).toList()) + "]";
    }

    /** A YAML scalar that stays a string whatever the path holds. */
    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
