package org.jjmask.physics.laplace;

import java.util.List;
import java.util.Objects;

/**
 * The rectangular super-cell [0, width] × [0, height] of a periodic hole lattice, with the holes it
 * holds. A hole may reach over the cell's edge: its periodic images fill the other side.
 *
 * @param width cell width (x period)
 * @param height cell height (y period)
 * @param holes the holes of one period, each given once
 */
public record PeriodicCell(double width, double height, List<Hole> holes) {

    /** Validates: positive finite periods; copies the list. */
    public PeriodicCell {
        if (!(width > 0) || !Double.isFinite(width) || !(height > 0) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("cell periods must be finite and > 0, were " + width + " x " + height);
        }
        holes = List.copyOf(Objects.requireNonNull(holes, "holes"));
    }

    /** Hole area over cell area, holes counted once each (overlaps counted twice). */
    public double holeFraction() {
        return holes.stream().mapToDouble(Hole::area).sum() / (width * height);
    }
}
