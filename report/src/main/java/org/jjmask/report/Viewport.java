package org.jjmask.report;

import org.locationtech.jts.geom.Envelope;

/**
 * Maps device coordinates (nm, y up) into a rectangle on the page (points, y up) at one scale for
 * both axes, so that shapes keep their true aspect; the world is centred in the rectangle.
 */
record Viewport(double worldMinX, double worldMinY, double scale, float pageX, float pageY) {

    /** Fits {@code world} into the page rectangle (x, y, w, h), centred. */
    static Viewport fit(Envelope world, float x, float y, float w, float h) {
        double s = Math.min(w / world.getWidth(), h / world.getHeight());
        float ox = (float) (x + (w - world.getWidth() * s) / 2);
        float oy = (float) (y + (h - world.getHeight() * s) / 2);
        return new Viewport(world.getMinX(), world.getMinY(), s, ox, oy);
    }

    float px(double xNm) {
        return (float) (pageX + (xNm - worldMinX) * scale);
    }

    float py(double yNm) {
        return (float) (pageY + (yNm - worldMinY) * scale);
    }

    float length(double nm) {
        return (float) (nm * scale);
    }

    /** A round step (1, 2 or 5 × 10^k) near {@code rough}: for ticks and scale bars. */
    static double niceStep(double rough) {
        double e = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / e;
        double n = f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10;
        return n * e;
    }
}
