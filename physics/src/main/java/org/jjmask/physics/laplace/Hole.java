package org.jjmask.physics.laplace;

/**
 * An insulating hole in the film, in the periodic cell's coordinates (any length unit, the same
 * as the cell's). Plain numbers: the layout module converts its JTS polygons to {@link PolygonHole}.
 */
public sealed interface Hole permits Disk, PolygonHole {

    /** Smallest x of the hole. */
    double minX();

    /** Largest x of the hole. */
    double maxX();

    /** Smallest y of the hole. */
    double minY();

    /** Largest y of the hole. */
    double maxY();

    /** Area of the hole. */
    double area();

    /** Area of the hole inside the axis-aligned rectangle [x0, x1] × [y0, y1], exact. */
    double areaIn(double x0, double y0, double x1, double y1);

    /**
     * Where the line x = {@code at} ({@code vertical}) or y = {@code at} runs inside the hole: sorted
     * intervals {a₀, b₀, a₁, b₁, …} of the other coordinate; empty when it misses.
     */
    double[] inside(boolean vertical, double at);

    /** The same hole moved by (dx, dy). */
    Hole shifted(double dx, double dy);
}
