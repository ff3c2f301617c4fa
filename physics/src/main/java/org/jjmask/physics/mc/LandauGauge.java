package org.jjmask.physics.mc;

/**
 * Gauge phases of a perpendicular field in the Landau gauge A = B·x·ŷ (SIMULATION.md, Model).
 *
 * <p>Straight bond: A_b = 2π(B/Φ0)·((x_i + x_j)/2)·(y_j − y_i), exact for a straight segment since
 * x is linear along it; the sum around any polygon is 2πB·S_p/Φ0 (Green's theorem). Under a
 * translation by T = (X, Y) the vector potential changes by ∇(B·X·y), so on a periodic patch a
 * phase at the image r + T equals θ(r) − 2π(B/Φ0)·X·y (a magnetic translation); the seam bonds
 * carry that correction, consistent around the torus when the total flux is an integer.
 */
final class LandauGauge {
    private LandauGauge() {
    }

    /** A_b for a bond from (xi, yi) to (xj, yj); {@code b} = B/Φ0 per unit area. */
    static double phase(double b, double xi, double yi, double xj, double yj) {
        return 2 * Math.PI * b * 0.5 * (xi + xj) * (yj - yi);
    }

    /**
     * χ with θ(r + k1·T1 + k2·T2) = θ(r) − χ: k2 steps along T2 first, then k1 along T1, each step
     * by +T adding 2πb·X_T·y and by −T subtracting 2πb·X_T·(y − Y_T).
     */
    static double translation(double b, double y, int k1, double t1x, double t1y, int k2, double t2x, double t2y) {
        double chi = 0;
        double py = y;
        for (int s = 0; s < Math.abs(k2); s++) {
            if (k2 > 0) {
                chi += 2 * Math.PI * b * t2x * py;
                py += t2y;
            } else {
                chi -= 2 * Math.PI * b * t2x * (py - t2y);
                py -= t2y;
            }
        }
        for (int s = 0; s < Math.abs(k1); s++) {
            if (k1 > 0) {
                chi += 2 * Math.PI * b * t1x * py;
                py += t1y;
            } else {
                chi -= 2 * Math.PI * b * t1x * (py - t1y);
                py -= t1y;
            }
        }
        return chi;
    }
}
