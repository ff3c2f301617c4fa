package org.jjmask.gds;

/** An element drawn from its points: BOUNDARY, BOX and PATH. */
public sealed interface PointElement extends GdsElement permits Boundary, Box, Path {

    Points points();

    /** A copy of the points, {@code x0,y0,x1,y1,...}; {@link #x}, {@link #y} and {@link #pointCount} avoid it. */
    default int[] xy() {
        return points().xy();
    }

    default int pointCount() {
        return points().count();
    }

    default int x(int i) {
        return points().x(i);
    }

    default int y(int i) {
        return points().y(i);
    }
}
