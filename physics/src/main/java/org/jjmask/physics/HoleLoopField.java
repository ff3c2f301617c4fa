package org.jjmask.physics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.jjmask.physics.gl.HoleLoop;
import org.jjmask.physics.gl.PairBreaking;

/**
 * The high-field regime of a hole lattice in a perpendicular field: once the magnetic length
 * ℓ = √(Φ0/2πB) is below a quarter of the neck width, the state nucleates as a loop around each
 * hole ({@link HoleLoop}), decoupled from its neighbours, and T_c(B) oscillates with about one flux
 * quantum per loop — a period set by the hole, larger than the array's one quantum per plaquette
 * (Bezryadin &amp; Pannetier, Physica C 235–240, 3327 (1994); arXiv:1203.0269 for Nb antidot
 * arrays). T_c(B) along the loop states is WHH/Maki with x = ξ_GL²·ε·2πB/Φ0 and the Zeeman term of
 * {@link CriticalFields}, from the film's T_c0 and gap. The onset ℓ = w/4 (the loop reaches about
 * 2ℓ into the neck from each side) is [derived], a crossover, not a sharp boundary.
 *
 * @param validFromT the field where ℓ = w/4 (T)
 * @param reached whether T_c(B) is still above zero there (the regime lies below H_c2⊥)
 * @param loopState whether the walls hold a loop state at all (ε below the bulk Landau level by
 *     more than 10⁻³ at the onset); pair-breaking walls (b ≪ ℓ) do not
 * @param periodMT the mean spacing of the winding number's steps over the points (mT), empty
 *     with fewer than two steps or without a loop state
 * @param loopRadiusNm √(Φ0/π ΔB): the radius of the loop one period threads (nm), empty with the period
 * @param points T_c(B) from the onset on
 */
public record HoleLoopField(double validFromT, boolean reached, boolean loopState, OptionalDouble periodMT,
        OptionalDouble loopRadiusNm, List<Point> points) {

    public HoleLoopField {
        points = List.copyOf(points);
    }

    /** One field: B (T), the loop's winding number L, ε = λ/λ_LLL and T_c (K). */
    public record Point(double fieldT, int winding, double ratio, double tcK) {}

    /** Points per estimated period and periods sampled. */
    static final int PER_PERIOD = 16;
    static final int PERIODS = 6;

    /**
     * @param holeRadiusNm the electrical hole radius (with the dead edge)
     * @param wallNm de Gennes' b (∞ for clean walls)
     * @param neckWidthNm the narrowest electrical neck
     * @param xiGl2Nm2 ξ_GL² (nm²)
     * @param filmTcK the film's T_c0
     * @param filmGap0J the film's Δ(0) (J)
     */
    public static HoleLoopField of(double holeRadiusNm, double wallNm, double neckWidthNm, double xiGl2Nm2,
            double filmTcK, double filmGap0J) {
        Checks.positive("holeRadiusNm", holeRadiusNm);
        Checks.positive("neckWidthNm", neckWidthNm);
        double ell0 = neckWidthNm / 4;
        double from = Constants.PHI0 / (2 * Math.PI * ell0 * ell0 * Constants.NM * Constants.NM);
        // one quantum through the hole itself: the period's scale, the grid's step
        double estimateT = Constants.PHI0 / (Math.PI * holeRadiusNm * holeRadiusNm * Constants.NM * Constants.NM);
        double step = estimateT / PER_PERIOD;
        double zeta = CriticalFields.zetaPerTesla(filmTcK, filmGap0J);
        Point[] pts = IntStream.range(0, PER_PERIOD * PERIODS + 1).parallel()
                .mapToObj(k -> point(from + k * step, holeRadiusNm, wallNm, xiGl2Nm2, filmTcK, zeta))
                .toArray(Point[]::new);
        List<Point> out = new ArrayList<>();
        for (Point p : pts) {
            out.add(p);
            if (p.tcK() == 0) {
                break;
            }
        }
        boolean loop = pts[0].ratio() < 1 - 1e-3;
        boolean reached = pts[0].tcK() > 0;
        List<Double> steps = new ArrayList<>();
        for (int k = 1; k < out.size(); k++) {
            if (out.get(k).winding() != out.get(k - 1).winding()) {
                steps.add(0.5 * (out.get(k).fieldT() + out.get(k - 1).fieldT()));
            }
        }
        OptionalDouble period = OptionalDouble.empty();
        OptionalDouble radius = OptionalDouble.empty();
        if (loop && steps.size() >= 2) {
            double dB = (steps.get(steps.size() - 1) - steps.get(0)) / (steps.size() - 1);
            period = OptionalDouble.of(dB * 1e3);
            radius = OptionalDouble.of(Math.sqrt(Constants.PHI0 / (Math.PI * dB)) / Constants.NM);
        }
        return new HoleLoopField(from, reached, loop, period, radius, out);
    }

    private static Point point(double bT, double radiusNm, double wallNm, double xiGl2Nm2, double tcK, double zeta) {
        double ellNm = Math.sqrt(Constants.PHI0 / (2 * Math.PI * bT)) / Constants.NM;
        HoleLoop.Mode m = HoleLoop.lowest(radiusNm / ellNm, Double.isInfinite(wallNm) ? wallNm : wallNm / ellNm);
        double x = xiGl2Nm2 * m.ratio() / (ellNm * ellNm);
        return new Point(bT, m.angularMomentum(), m.ratio(), tcK * PairBreaking.tcRatio(x, zeta * bT, 0));
    }
}
