package org.jjmask.gds;

/**
 * The instance lattice of an AREF as KLayout interprets it: 0 columns or rows count as 1, an
 * axis whose vector is zero collapses to 1 (its copies would all coincide), and steps that do
 * not divide evenly are placed at rounded positions.
 */
final class ArrayLattice {

    private final ARef aref;
    private final long columns;
    private final long rows;
    private final long colX;
    private final long colY;
    private final long rowX;
    private final long rowY;

    ArrayLattice(ARef a) {
        this.aref = a;
        colX = (long) a.colEndX() - a.originX();
        colY = (long) a.colEndY() - a.originY();
        rowX = (long) a.rowEndX() - a.originX();
        rowY = (long) a.rowEndY() - a.originY();
        long c = Math.max(1, a.columns());
        long r = Math.max(1, a.rows());
        columns = colX == 0 && colY == 0 ? 1 : c;
        rows = rowX == 0 && rowY == 0 ? 1 : r;
    }

    long instances() {
        return columns * rows;
    }

    long columns() {
        return columns;
    }

    /** Adds the (already transformed) child box placed at the four corner instances. */
    void addCorners(BoundingBox child, BoundingBox out) {
        if (child.isEmpty()) {
            return;
        }
        long[] cs = columns > 1 ? new long[] {0, columns - 1} : new long[] {0};
        long[] rs = rows > 1 ? new long[] {0, rows - 1} : new long[] {0};
        for (long i : cs) {
            for (long j : rs) {
                out.addMoved(child, x(i, j), y(i, j));
            }
        }
    }

    long x(long i, long j) {
        return position(aref.originX(), colX, rowX, colY, rowY, i, j, true);
    }

    long y(long i, long j) {
        return position(aref.originY(), colY, rowY, colX, rowX, i, j, false);
    }

    private long position(long origin, long colD, long rowD, long colOther, long rowOther, long i, long j, boolean isX) {
        boolean colExact = columns <= 1 || (colD % columns == 0 && colOther % columns == 0);
        boolean rowExact = rows <= 1 || (rowD % rows == 0 && rowOther % rows == 0);
        if (colExact && rowExact) {
            long c = columns > 1 ? colD / columns : colD;
            long r = rows > 1 ? rowD / rows : rowD;
            return origin + i * c + j * r;
        }
        double c = (double) colD / columns;
        double r = (double) rowD / rows;
        return BoundingBox.round(origin + c * i + r * j);
    }
}
