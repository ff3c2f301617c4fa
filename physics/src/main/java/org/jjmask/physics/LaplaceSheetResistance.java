package org.jjmask.physics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jjmask.physics.laplace.Direction;
import org.jjmask.physics.laplace.HoleLattice;
import org.jjmask.physics.laplace.PolygonHole;
import org.jjmask.physics.laplace.Resolution;
import org.jjmask.physics.laplace.SheetEstimate;
import org.jjmask.physics.laplace.SheetSolver;

/**
 * Normal state from the Laplace equation on the periodic unit cell (MODEL.md §2, "Truth"): R_□,eff
 * = R_□ × ({@link SheetSolver} on circular insulating holes), R_N = R_□,eff /
 * {@link IslandNetwork#sheetToJunctionFactor()} (MODEL.md §1), exactly as {@link SheetResistance}
 * maps R_□,eff to R_N.
 *
 * <p><b>Which circles</b>: those with the geometry's porosity on its lattice, D/a = √(4cφ/π) (c the
 * plaquette area over a², {@link #circleRatio}). For {@link ArrayGeometry#periodic} that is D/a; for
 * a written layout it keeps the written hole and plaquette areas, which the nominal D and the
 * snapped nearest distance do not (the demo's inscribed 32-gons on a 1 nm grid: D/a = 0.6947 by
 * area against 70/99.48 = 0.7037, 1.2 % in R_N).
 *
 * <p><b>Edge damage</b> δ (MODEL.md §2): holes conduct as if their diameter were D + 2δ; the
 * electrical porosity is φ·((D+2δ)/D)² and the neck w − 2δ. When 2δ leaves less than
 * {@value SheetResistance#MIN_NECK_NM} nm of neck the film is cut apart (flag
 * {@code necks_destroyed}); the numbers are then those of a {@value SheetResistance#MIN_NECK_NM} nm
 * neck, still solved, so that they stay finite as the phase is forced to insulator.
 *
 * <p><b>Flags</b>: {@code narrow_neck} when w − 2δ &lt; (D + 2δ)/4; {@code neck_limited_rn} when the
 * solved R_N exceeds the Maxwell-Garnett R_N by more than {@value #NECK_LIMIT_EXCESS} (the necks,
 * not the porosity, set R_N — from D/a ≈ 0.87 for triangular holes, 0.78 for square ones). {@code mg_high_porosity} is not raised:
 * Maxwell-Garnett is only quoted here.
 *
 * <p><b>Holes that are not circles</b> — the layout's neck differs from those circles' a(1 − D/a)
 * by more than 1 nm + 5 % of the neck, as for hexagons and squares of sizable D — need
 * their outline, which {@link ArrayGeometry} does not carry: those go to
 * {@link SheetResistance#MAXWELL_GARNETT_NECK} with flag {@code noncircular_holes}. (The solver
 * itself takes any polygon: {@link org.jjmask.physics.laplace.PolygonHole}.)
 *
 * <p><b>Cost</b>: R_□,eff/R_□ depends only on the lattice and D/a, so solves are cached by that pair
 * (least recently used, {@value #CACHE_SIZE} entries). With {@link Resolution#DEFAULT} a warm solve
 * averages 2 ms (square) to 24 ms (kagome) over 0.05 ≤ D/a ≤ 0.99, the slowest 0.16 s (kagome
 * necks of 0.01a); the first in a JVM adds ~50 ms of warm-up.
 */
public final class LaplaceSheetResistance implements NormalStateModel {

    /** The model {@link Predictor} uses by default: {@link Resolution#DEFAULT}. */
    public static final LaplaceSheetResistance DEFAULT = new LaplaceSheetResistance(Resolution.DEFAULT);

    /** Solved R_N above Maxwell-Garnett's by more than this fraction raises {@code neck_limited_rn}. */
    public static final double NECK_LIMIT_EXCESS = 0.02;

    /** Largest neck mismatch (nm) of circular holes is this plus {@link #CIRCLE_TOLERANCE_OF_NECK}·w. */
    public static final double CIRCLE_TOLERANCE_NM = 1.0;

    /** Relative part of the circular-hole tolerance, as a fraction of the neck. */
    public static final double CIRCLE_TOLERANCE_OF_NECK = 0.05;

    static final int CACHE_SIZE = 4096;

    private final Resolution resolution;
    private final Map<Key, SheetEstimate> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SheetEstimate> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private record Key(HoleLattice lattice, double diameterOverPitch) {
    }

    /** A model solving at {@code resolution}. */
    public LaplaceSheetResistance(Resolution resolution) {
        this.resolution = Objects.requireNonNull(resolution, "resolution");
    }

    /** The grid resolution of the solves. */
    public Resolution resolution() {
        return resolution;
    }

    /** The hole lattice whose necks form {@code network} (MODEL.md §1). */
    public static HoleLattice holeLattice(IslandNetwork network) {
        return switch (network) {
            case HONEYCOMB -> HoleLattice.TRIANGULAR;
            case SQUARE -> HoleLattice.SQUARE;
            case TRIANGULAR -> HoleLattice.HONEYCOMB;
            case DICE -> HoleLattice.KAGOME;
        };
    }

    /**
     * R_□,eff/R_□ of circular insulating holes of diameter D on the hole lattice of {@code network},
     * pitch a, with its error estimate; cached.
     *
     * @param diameterOverPitch D/a in [0, 1); 0 is the plain film
     */
    public SheetEstimate sheetFactor(IslandNetwork network, double diameterOverPitch) {
        Checks.nonNegative("diameterOverPitch", diameterOverPitch);
        if (diameterOverPitch >= 1) {
            throw new IllegalArgumentException("holes overlap: D/a must be < 1, was " + diameterOverPitch);
        }
        HoleLattice lattice = holeLattice(network);
        if (diameterOverPitch == 0) {
            return new SheetEstimate(1.0, 0.0, List.of());
        }
        Key key = new Key(lattice, diameterOverPitch);
        synchronized (cache) {
            SheetEstimate hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        SheetEstimate est = SheetSolver.solve(lattice.circles(1.0, diameterOverPitch), Direction.X, resolution);
        synchronized (cache) {
            cache.put(key, est);
        }
        return est;
    }

    /**
     * D/a of circular holes with the layout's porosity φ on its lattice: φ = πD²/(4·S), S = c·a²
     * the plaquette (MODEL.md §1 table), so D/a = √(4cφ/π). For {@link ArrayGeometry#periodic} this
     * is D/a itself; for a written layout it keeps the written hole and plaquette areas.
     */
    static double circleRatio(ArrayGeometry g) {
        return Math.sqrt(4.0 * g.network().plaquetteAreaPerPitch2() * g.porosity() / Math.PI);
    }

    /** True when the layout's neck is that of those circles: |a(1 − D/a) − w| within the tolerance. */
    static boolean circular(ArrayGeometry g) {
        double mismatch = Math.abs(g.pitchNm() * (1.0 - circleRatio(g)) - g.neckWidthNm());
        return mismatch <= CIRCLE_TOLERANCE_NM + CIRCLE_TOLERANCE_OF_NECK * g.neckWidthNm();
    }

    @Override
    public NormalState solve(ArrayGeometry g, double sheetResistanceOhm, double edgeDamageNm) {
        Checks.positive("sheetResistanceOhm", sheetResistanceOhm);
        Checks.nonNegative("edgeDamageNm", edgeDamageNm);
        if (!circular(g)) {
            if (g.hasHoleOutline()) {
                NormalState polygon = polygonal(g, sheetResistanceOhm, edgeDamageNm);
                if (polygon != null) {
                    return polygon;
                }
            }
            return noncircular(g, sheetResistanceOhm, edgeDamageNm);
        }
        List<ValidityFlag> flags = new ArrayList<>();
        IslandNetwork net = g.network();
        double a = g.pitchNm();
        double d = g.holeDiameterNm();
        // edge damage widens every hole by 2δ: scale the circles by (D + 2δ)/D, as the porosity
        double widen = d > 0 ? (d + 2.0 * edgeDamageNm) / d : 1.0;
        double dEff = d * widen;
        double wEff = g.neckWidthNm() - 2.0 * edgeDamageNm;
        if (edgeDamageNm > 0 && d > 0) {
            flags.add(SheetResistance.edgeDamageFlag(edgeDamageNm, dEff, g.porosity(), g.porosity() * widen * widen,
                    g.neckWidthNm(), wEff));
        }
        boolean destroyed = false;
        if (wEff < SheetResistance.MIN_NECK_NM) {
            destroyed = true;
            flags.add(SheetResistance.necksDestroyedFlag(edgeDamageNm, g.neckWidthNm()));
            wEff = SheetResistance.MIN_NECK_NM;
        }
        // the electrical holes keep at least the minimum neck, whatever the damage
        double ratio = Math.max(0.0, Math.min(circleRatio(g) * widen, 1.0 - SheetResistance.MIN_NECK_NM / a));
        double phiEl = Math.PI * ratio * ratio / (4.0 * net.plaquetteAreaPerPitch2());
        SheetEstimate est = sheetFactor(net, ratio);
        if (est.isolated()) {
            // cannot happen for disjoint circles (a face always crosses the neck); kept as a clear answer
            throw new IllegalStateException("Laplace solve found no conducting path at D/a = " + ratio);
        }
        double factor = net.sheetToJunctionFactor();
        double rEff = sheetResistanceOhm * est.resistanceFactor();
        double rn = rEff / factor;
        double rnMg = sheetResistanceOhm * SheetResistance.maxwellGarnettFactor(Math.min(phiEl, 0.99)) / factor;
        if (wEff < dEff / 4.0) {
            flags.add(new ValidityFlag(ValidityFlag.NARROW_NECK, String.format(Locale.ROOT,
                    "neck %.4g nm < D/4 = %.4g nm: R_N is set by the constriction (solved, spreading included) and "
                            + "follows the neck width closely", wEff, dEff / 4.0)));
        }
        String method = String.format(Locale.ROOT,
                "Laplace solve of the %s hole lattice at D/a = %.4f: R_sq,eff = %.4g ohm +- %.2g %% (Richardson "
                        + "over %s), R_N = R_sq,eff / %.4f; Maxwell-Garnett would give R_N = %.4g ohm",
                holeLattice(net).name().toLowerCase(Locale.ROOT), ratio, rEff, 100 * est.relativeError(),
                grids(est), factor, rnMg);
        if (rn > (1.0 + NECK_LIMIT_EXCESS) * rnMg) {
            flags.add(new ValidityFlag(ValidityFlag.NECK_LIMITED_RN, String.format(Locale.ROOT,
                    "the necks limit R_N: solved %.4g ohm is %.1f %% above Maxwell-Garnett's %.4g ohm", rn,
                    100 * (rn / rnMg - 1), rnMg)));
        }
        return new NormalState(rEff, rn, phiEl, wEff, dEff, destroyed, method, flags,
                List.of(Citations.LAPLACE_SOLVE, Citations.RESISTOR_NETWORK));
    }

    private static String grids(SheetEstimate est) {
        // "grids of 193 and 719 cells": a comma between the counts read as one number, "193, 719" (issue 12)
        List<String> counts = est.grids().stream().map(g -> Long.toString(g.unknowns())).toList();
        if (counts.isEmpty()) {
            return "no grid (nothing to solve)";
        }
        return (counts.size() == 1 ? "a grid of " + counts.get(0)
                : "grids of " + String.join(", ", counts.subList(0, counts.size() - 1)) + " and "
                        + counts.get(counts.size() - 1)) + " cells";
    }

    /** Polygon solves, cached by lattice and outline (in units of the pitch). */
    private final Map<List<Object>, SheetEstimate> polygonCache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, SheetEstimate> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /**
     * The written hole polygon on every site of the lattice, solved at {@link Resolution#FINE} (corners
     * need the finer grid: at the default one a hexagon's y resistance was 0.8 % off). The pitch is
     * the one whose plaquette has the layout's area, a = √(S/c), so the porosity is the written one;
     * edge damage moves every edge out by δ, done by scaling the polygon about its centre by
     * (r_in + δ)/r_in (r_in its inradius), exact for regular polygons and squares. {@code null} when
     * the widened holes touch (the caller's closed-form model then reports the cut film).
     */
    private NormalState polygonal(ArrayGeometry g, double sheetResistanceOhm, double edgeDamageNm) {
        IslandNetwork net = g.network();
        double a = Math.sqrt(g.plaquetteAreaNm2() / net.plaquetteAreaPerPitch2());
        double[] xy = g.holeOutlineNm();
        double inradius = inradius(xy);
        double widen = inradius > 0 ? (inradius + edgeDamageNm) / inradius : 1.0;
        int n = xy.length / 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        List<Object> key = new ArrayList<>(List.of(holeLattice(net)));
        for (int k = 0; k < n; k++) {
            xs[k] = xy[2 * k] * widen / a;
            ys[k] = xy[2 * k + 1] * widen / a;
            key.add(xs[k]);
            key.add(ys[k]);
        }
        SheetEstimate est;
        synchronized (polygonCache) {
            est = polygonCache.get(key);
        }
        if (est == null) {
            PolygonHole unit = new PolygonHole(xs, ys);
            est = SheetSolver.solve(holeLattice(net).withHoles(1.0, (cx, cy) -> unit.shifted(cx, cy)), Direction.X,
                    Resolution.FINE);
            synchronized (polygonCache) {
                polygonCache.put(key, est);
            }
        }
        if (est.isolated()) {
            return null;
        }
        List<ValidityFlag> flags = new ArrayList<>();
        double wEff = g.neckWidthNm() - 2.0 * edgeDamageNm;
        double phiEl = g.porosity() * widen * widen;
        if (edgeDamageNm > 0) {
            flags.add(new ValidityFlag(ValidityFlag.EDGE_DAMAGE, String.format(Locale.ROOT,
                    "edge damage %.3g nm: each hole edge moved out by it (porosity %.4f -> %.4f), necks %.4g -> %.4g nm",
                    edgeDamageNm, g.porosity(), phiEl, g.neckWidthNm(), wEff)));
        }
        if (wEff < g.holeDiameterNm() / 4.0) {
            flags.add(new ValidityFlag(ValidityFlag.NARROW_NECK, String.format(Locale.ROOT,
                    "neck %.4g nm < D/4 = %.4g nm: R_N is set by the constriction (solved, spreading included)",
                    wEff, g.holeDiameterNm() / 4.0)));
        }
        double factor = net.sheetToJunctionFactor();
        double rEff = sheetResistanceOhm * est.resistanceFactor();
        double rn = rEff / factor;
        String method = String.format(Locale.ROOT,
                "Laplace solve of the %s hole lattice with the written %d-vertex hole (pitch %.4g nm by plaquette "
                        + "area): R_sq,eff = %.4g ohm +- %.2g %% (Richardson over %s), R_N = R_sq,eff / %.4f",
                holeLattice(net).name().toLowerCase(Locale.ROOT), n, a, rEff, 100 * est.relativeError(), grids(est),
                factor);
        return new NormalState(rEff, rn, Math.min(phiEl, 0.99), Math.max(wEff, SheetResistance.MIN_NECK_NM),
                g.holeDiameterNm() * widen, false, method, flags,
                List.of(Citations.LAPLACE_SOLVE, Citations.RESISTOR_NETWORK));
    }

    /** The least distance from the origin (the hole's centre) to an edge line of the polygon. */
    static double inradius(double[] xy) {
        int n = xy.length / 2;
        double best = Double.MAX_VALUE;
        for (int k = 0; k < n; k++) {
            int j = (k + 1) % n;
            double ex = xy[2 * j] - xy[2 * k];
            double ey = xy[2 * j + 1] - xy[2 * k + 1];
            double len = Math.hypot(ex, ey);
            if (len > 0) {
                best = Math.min(best, Math.abs(xy[2 * k] * ey - xy[2 * k + 1] * ex) / len);
            }
        }
        return best == Double.MAX_VALUE ? 0 : best;
    }

    private static NormalState noncircular(ArrayGeometry g, double sheetResistanceOhm, double edgeDamageNm) {
        NormalState mg = SheetResistance.MAXWELL_GARNETT_NECK.solve(g, sheetResistanceOhm, edgeDamageNm);
        List<ValidityFlag> flags = new ArrayList<>(mg.flags());
        flags.add(new ValidityFlag(ValidityFlag.NONCIRCULAR_HOLES, String.format(Locale.ROOT,
                "neck %.4g nm differs from the %.4g nm of circles with the same porosity: the holes are not "
                        + "circles; without their outline the Laplace solve is not used and R_N comes from "
                        + "Maxwell-Garnett and the neck channel", g.neckWidthNm(),
                g.pitchNm() * (1.0 - circleRatio(g)))));
        return new NormalState(mg.sheetResistanceEffOhm(), mg.rnOhm(), mg.electricalPorosity(),
                mg.effectiveNeckWidthNm(), mg.effectiveHoleDiameterNm(), mg.necksDestroyed(),
                "holes not circular: " + mg.method(), flags, mg.citations());
    }
}
