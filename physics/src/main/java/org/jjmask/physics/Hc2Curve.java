package org.jjmask.physics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/**
 * Upper critical fields versus temperature for both orientations, their anisotropy γ(T) = H∥/H⊥ and
 * where it crosses 1 (MODEL.md §6). Every point is {@link CriticalFields#at} — the orbital pair
 * breaking of film, necks and thickness (Tinkham ch. 4, the neck terms documented there) and the
 * Zeeman term (in plane enlarged by the material's exchange term η∥) combined by WHH/Maki.
 *
 * @param points ascending in temperature from 0 to just below T_c; the last point is at T_c, where
 *     both fields are 0 and γ is reported as that of the previous point
 * @param reversalTemperatureK the highest temperature where γ falls through 1 on cooling (γ &lt; 1
 *     below it), located by bisection; empty when γ stays on one side
 * @param reversedEverywhere γ &lt; 1 at every sampled temperature below T_c
 */
public record Hc2Curve(List<Point> points, OptionalDouble reversalTemperatureK, boolean reversedEverywhere) {

    /** Samples over [0, T_c]. */
    public static final int SAMPLES = 41;

    /**
     * One temperature.
     *
     * @param temperatureK T
     * @param perpT μ0H_c2⊥(T), orbital ⊕ Pauli
     * @param parT μ0H_c2∥(T), orbital ⊕ in-plane Pauli
     * @param anisotropy γ = H∥/H⊥
     */
    public record Point(double temperatureK, double perpT, double parT, double anisotropy) {
        /** Validates: all finite, fields ≥ 0. */
        public Point {
            Checks.nonNegative("temperatureK", temperatureK);
            Checks.nonNegative("perpT", perpT);
            Checks.nonNegative("parT", parT);
            Checks.nonNegative("anisotropy", anisotropy);
        }

        /** H_c2 of one orientation: in plane, else perpendicular. */
        public double field(boolean parallel) {
            return parallel ? parT : perpT;
        }
    }

    public Hc2Curve {
        points = List.copyOf(points);
    }

    /**
     * The curve of a film (T_c, ξ(0), thickness, Δ0, η∥) whose necks are {@code neckWidthNm} wide
     * (≤ 0: no neck terms, an unpatterned film).
     */
    public static Hc2Curve of(double tcK, double xi0Nm, double thicknessNm, double neckWidthNm, double gap0J,
            double spinExchangePar) {
        Checks.positive("tcK", tcK);
        return of(tcK, t -> CriticalFields.at(t, tcK, xi0Nm, thicknessNm, neckWidthNm, gap0J, spinExchangePar));
    }

    /**
     * The curve of a written cell in field ({@link CriticalFields#at(double, CellField, double, double,
     * double, double, double)}), sampled from 0 to the cell's onset.
     */
    public static Hc2Curve of(CellField cell, double xi0Nm, double thicknessNm, double neckWidthNm,
            double spinExchangePar) {
        double onset = cell.filmTcK() * org.jjmask.physics.gl.PairBreaking.tcRatio(cell.zeroFieldPairBreaking(), 0, 0);
        if (!(onset > 0)) {
            return new Hc2Curve(List.of(), OptionalDouble.empty(), false);
        }
        return of(onset, t -> CriticalFields.at(t, cell, xi0Nm, thicknessNm, neckWidthNm, spinExchangePar, 0.0));
    }

    /** Samples {@code fields} over [0, tcK], γ's crossing of 1 by bisection. */
    static Hc2Curve of(double tcK, DoubleFunction<CriticalFields.Result> fields) {
        List<Point> pts = new ArrayList<>();
        double lastGamma = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double t = tcK * i / (SAMPLES - 1);
            CriticalFields.Result r = i == SAMPLES - 1 ? new CriticalFields.Result(0, 0, 0, 0, 0, false, false)
                    : fields.apply(t);
            double gamma = r.perpT() > 0 ? r.anisotropy() : lastGamma;
            pts.add(new Point(t, r.perpT(), r.parT(), gamma));
            lastGamma = gamma;
        }
        // γ → its T_c limit smoothly, so the sampled sign changes are the crossings
        OptionalDouble crossing = OptionalDouble.empty();
        boolean everywhere = true;
        for (int i = 0; i < SAMPLES - 1; i++) {
            everywhere &= pts.get(i).anisotropy() < 1.0;
        }
        for (int i = SAMPLES - 2; i > 0 && crossing.isEmpty(); i--) {
            double g0 = pts.get(i - 1).anisotropy() - 1.0;
            double g1 = pts.get(i).anisotropy() - 1.0;
            if (g0 < 0 && g1 >= 0) {
                crossing = OptionalDouble.of(bisect(pts.get(i - 1).temperatureK(), pts.get(i).temperatureK(), tcK, fields));
            }
        }
        return new Hc2Curve(pts, crossing, everywhere);
    }

    /**
     * Where the second-order line H_c2(T) of one orientation peaks above T = 0 by more than a part in 10³: the
     * Pauli-limited region without spin–orbit scattering, where the pair-breaking line bends back on cooling and
     * the transition there is first order (Sarma, J. Phys. Chem. Solids 24, 1029 (1963); Maki &amp; Tsuneto, Prog.
     * Theor. Phys. 31, 945 (1964): first order at low T, second order above the tricritical point, which lies
     * above the peak), so the line below the peak is a supercooling field, a lower bound of the measured one.
     * Empty for a monotonic line.
     *
     * @param parallel the in-plane line (else the perpendicular one)
     * @return the sampled point at the peak
     */
    public Optional<Point> secondOrderPeak(boolean parallel) {
        if (points.size() < 2) {
            return Optional.empty();
        }
        Point best = points.get(0);
        for (Point q : points) {
            if (q.field(parallel) > best.field(parallel)) {
                best = q;
            }
        }
        return best.field(parallel) > (1 + 1e-3) * points.get(0).field(parallel)
                ? Optional.of(best) : Optional.empty();
    }

    private static double bisect(double lo, double hi, double tcK, DoubleFunction<CriticalFields.Result> fields) {
        for (int k = 0; k < 60 && hi - lo > 1e-9 * tcK; k++) {
            double mid = 0.5 * (lo + hi);
            if (fields.apply(mid).anisotropy() < 1.0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
