package org.jjmask.gds;

import java.util.List;
import java.util.Objects;

/**
 * AREF as stored: COLROW and the three XY points. P1 = origin, P2 = origin + columns x column
 * step ({@code colEnd}), P3 = origin + rows x row step ({@code rowEnd}). The lattice points are
 * in the parent's coordinates; {@code strans} applies to each placed copy of the cell.
 * {@code columns}/{@code rows} are read unsigned (0..65535).
 */
public record ARef(String cellName, int columns, int rows, int originX, int originY,
                   int colEndX, int colEndY, int rowEndX, int rowEndY,
                   Strans strans, List<GdsProperty> properties) implements GdsElement {

    public ARef {
        Objects.requireNonNull(cellName, "cellName");
        Objects.requireNonNull(strans, "strans");
        properties = List.copyOf(properties);
    }

    public double colStepX() {
        return columns == 0 ? 0 : (double) ((long) colEndX - originX) / columns;
    }

    public double colStepY() {
        return columns == 0 ? 0 : (double) ((long) colEndY - originY) / columns;
    }

    public double rowStepX() {
        return rows == 0 ? 0 : (double) ((long) rowEndX - originX) / rows;
    }

    public double rowStepY() {
        return rows == 0 ? 0 : (double) ((long) rowEndY - originY) / rows;
    }

    /** Instances this array places: columns x rows. */
    public long instances() {
        return (long) columns * rows;
    }
}
