package org.jjmask.gds;

import java.util.List;

/** Shared checks and helpers for the coordinate arrays the element records carry. */
final class Xy {

    private Xy() {
    }

    static int[] copyOf(int[] xy, String what, int minPoints) {
        if (xy == null) {
            throw new NullPointerException(what + " xy");
        }
        if ((xy.length & 1) != 0) {
            throw new IllegalArgumentException(what + " xy has odd length " + xy.length);
        }
        if (xy.length / 2 < minPoints) {
            throw new IllegalArgumentException(what + " needs at least " + minPoints + " points, got " + xy.length / 2);
        }
        return xy.clone();
    }

    static <T> List<T> copyOf(List<T> list) {
        return List.copyOf(list);
    }

    static String toString(int[] xy) {
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
