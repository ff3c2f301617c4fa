package org.jjmask.design.chip;

import java.util.List;
import java.util.Optional;

/**
 * A chip file as read: the die and its devices, each already a validated design spec. Lengths in
 * µm, in chip coordinates ({@code origin} decides where (0, 0) is).
 *
 * @param varied  the dotted keys that differ between devices, in the order written
 * @param rows    rows of the matrix (row 1 at the top)
 * @param columns columns of the matrix (column 1 at the left)
 */
public record ChipSpec(String name, Die die, Optional<Marks> marks, Optional<String> labelTemplate,
        double labelHeightUm, Optional<String> title, double titleHeightUm, List<String> varied, int rows, int columns,
        List<ChipDevice> devices, String sha256) {

    public ChipSpec {
        varied = List.copyOf(varied);
        devices = List.copyOf(devices);
    }

    /** Where (0, 0) is. */
    public enum Origin {
        CENTER, LOWER_LEFT
    }

    /** The die: size, dicing lane, matrix pitch, origin and the least gap between devices. */
    public record Die(double widthUm, double heightUm, double laneUm, double cellXUm, double cellYUm, Origin origin,
            double clearanceUm) {

        /** The die's lower-left corner in chip coordinates. */
        public double minXUm() {
            return origin == Origin.CENTER ? -widthUm / 2 : 0;
        }

        public double minYUm() {
            return origin == Origin.CENTER ? -heightUm / 2 : 0;
        }

        public double maxXUm() {
            return minXUm() + widthUm;
        }

        public double maxYUm() {
            return minYUm() + heightUm;
        }
    }

    /** Alignment marks: shape, size, bar width (crosses) and their centres in chip coordinates. */
    public record Marks(String type, double sizeUm, double widthUm, List<MarkAt> positions) {
        public Marks {
            positions = List.copyOf(positions);
        }
    }

    /** One mark's name (LL, LR, UR, UL, then M1, M2, ...) and centre, µm. */
    public record MarkAt(String name, double xUm, double yUm) {}
}
