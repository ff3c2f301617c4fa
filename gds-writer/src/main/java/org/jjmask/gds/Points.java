package org.jjmask.gds;

import java.util.Arrays;

/**
 * The points of a BOUNDARY, BOX or PATH: {@code x0,y0,x1,y1,...} in database units, as stored.
 * Immutable (the array is copied in and out) and compared by value, so the elements that carry
 * points are plain values too.
 */
public final class Points {

    private final int[] xy;

    private Points(int[] xy) {
        this.xy = xy;
    }

    /** A copy of {@code xy}, which holds at least one point. */
    public static Points of(int[] xy) {
        return of(xy, "points", 1);
    }

    /** As {@link #of(int[])}, naming the element {@code what} in the message of a refused array. */
    static Points of(int[] xy, String what, int minPoints) {
        if (xy == null) {
            throw new NullPointerException(what + " xy");
        }
        if ((xy.length & 1) != 0) {
            throw new IllegalArgumentException(what + " xy has odd length " + xy.length);
        }
        if (xy.length / 2 < minPoints) {
            throw new IllegalArgumentException(what + " needs at least " + minPoints + " points, got " + xy.length / 2);
        }
        return new Points(xy.clone());
    }

    /** A copy of the coordinates; use {@link #x}, {@link #y} and {@link #count} to avoid it. */
    public int[] xy() {
        return xy.clone();
    }

    public int count() {
        return xy.length / 2;
    }

    public int x(int i) {
        return xy[2 * i];
    }

    public int y(int i) {
        return xy[2 * i + 1];
    }

    /** The smallest axis-aligned rectangle holding every point. */
    public Bounds bounds() {
        int minX = xy[0];
        int maxX = minX;
        int minY = xy[1];
        int maxY = minY;
        for (int i = 2; i < xy.length; i += 2) {
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        return new Bounds(minX, minY, maxX, maxY);
    }

    /** An axis-aligned rectangle in database units, corners included. */
    public record Bounds(int minX, int minY, int maxX, int maxY) {}

    @Override
    public boolean equals(Object o) {
        return o instanceof Points p && Arrays.equals(xy, p.xy);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(xy);
    }

    /** The first eight points, then the count: a mask's polygon may have thousands. */
    @Override
    public String toString() {
        int shown = Math.min(xy.length, 16);
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < shown; i += 2) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(xy[i]).append(',').append(xy[i + 1]);
        }
        if (shown < xy.length) {
            b.append(" ... ").append(xy.length / 2).append(" points");
        }
        return b.append(']').toString();
    }
}
