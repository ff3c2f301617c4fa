package org.jjmask.physics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jjmask.physics.gl.EdgeCondition;
import org.jjmask.physics.gl.GlCell;
import org.jjmask.physics.gl.NeckStrip;
import org.jjmask.physics.gl.PairBreaking;
import org.jjmask.physics.laplace.FilmGrid;
import org.jjmask.physics.laplace.GridAxis;
import org.jjmask.physics.laplace.HoleLattice;
import org.jjmask.physics.laplace.PeriodicCell;

/**
 * {@link Nucleation} of a periodic array: circular holes of the electrical diameter D + 2δ on the
 * hole lattice of the geometry's network, pitch a, walls with de Gennes' b. The cell's eigenvalue
 * is geometry only (λa² depends on D/a and b/a): it is solved on nodes D/a ∈ {@value #D_STEP}ℤ,
 * ln(b/a) ∈ {@value #LN_B_STEP}ℤ, cached, and interpolated bilinearly between them, so that a search
 * over pitch and diameter costs a few solves, not one per step, and stays continuous [derived: the
 * interpolation error is second order in the steps, below the grid's own first-order error].
 */
public final class GlNucleation {
    private GlNucleation() {
    }

    /** Grid cells per pitch: a cut-cell wall errs by O(h/w), 2 % for a neck of 30 h. */
    static final int CELLS_PER_PITCH = 96;

    /** Node spacing in D/a. */
    static final double D_STEP = 0.005;
    /** Node spacing in ln(b/a). */
    static final double LN_B_STEP = 0.1;

    private record Key(HoleLattice lattice, double diameterOverPitch, double bOverPitch) {
    }

    private static final Map<Key, Double> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Double> eldest) {
            return size() > 1024;
        }
    };

    /**
     * @param electricalDiameterNm D + 2δ, &lt; pitch
     * @param neckNm the superconducting neck w − 2δ, &gt; 0
     * @param extrapolationLengthNm b ≥ 0, +∞ for clean walls
     */
    public static Nucleation of(IslandNetwork network, double pitchNm, double electricalDiameterNm, double neckNm,
            Material m, double extrapolationLengthNm) {
        double tc0 = m.tc0K();
        EdgeCondition edge = new EdgeCondition(extrapolationLengthNm);
        if (edge.clean()) {
            return Nucleation.clean(tc0);
        }
        // the GL slope length, ξ_GL² = 0.693 ξ(0)² for ξ(0) quoted from H_c2⊥(0) (CriticalFields)
        double xi2 = CriticalFields.glXiSquaredNm2(m.coherenceLengthNm());
        double cellLambda = interpolated(LaplaceSheetResistance.holeLattice(network), electricalDiameterNm / pitchNm,
                extrapolationLengthNm / pitchNm) / (pitchNm * pitchNm);
        double xCell = xi2 * cellLambda;
        double xNeck = xi2 * NeckStrip.eigenvalue(neckNm, edge);
        double onset = tc0 * PairBreaking.tcRatio(xCell, 0, 0);
        double neck = Math.min(onset, tc0 * PairBreaking.tcRatio(Math.max(xNeck, xCell), 0, 0));
        return new Nucleation(tc0, onset, neck, xCell, xNeck, extrapolationLengthNm);
    }

    /** λa², bilinear in (D/a, ln(b/a)) between solved nodes; b = 0 is its own node row. */
    static double interpolated(HoleLattice lattice, double dOverA, double bOverA) {
        double u = dOverA / D_STEP;
        int i = (int) Math.floor(u);
        double fu = u - i;
        double d0 = i * D_STEP;
        double d1 = Math.min((i + 1) * D_STEP, 0.999);
        if (bOverA == 0) {
            return (1 - fu) * cellEigenvalueTimesPitch2(lattice, d0, 0) + fu * cellEigenvalueTimesPitch2(lattice, d1, 0);
        }
        double v = Math.log(bOverA) / LN_B_STEP;
        int j = (int) Math.floor(v);
        double fv = v - j;
        double b0 = Math.exp(j * LN_B_STEP);
        double b1 = Math.exp((j + 1) * LN_B_STEP);
        return (1 - fu) * ((1 - fv) * cellEigenvalueTimesPitch2(lattice, d0, b0)
                + fv * cellEigenvalueTimesPitch2(lattice, d0, b1))
                + fu * ((1 - fv) * cellEigenvalueTimesPitch2(lattice, d1, b0)
                + fv * cellEigenvalueTimesPitch2(lattice, d1, b1));
    }

    /** λa² of the cell's lowest mode, solved and cached. */
    static double cellEigenvalueTimesPitch2(HoleLattice lattice, double diameterOverPitch, double bOverPitch) {
        Key key = new Key(lattice, diameterOverPitch, bOverPitch);
        synchronized (CACHE) {
            Double hit = CACHE.get(key);
            if (hit != null) {
                return hit;
            }
        }
        double value;
        if (diameterOverPitch <= 0) {
            value = 0.0;
        } else {
            PeriodicCell cell = lattice.circles(1.0, diameterOverPitch);
            int nx = (int) Math.round(CELLS_PER_PITCH * lattice.widthPerPitch());
            int ny = (int) Math.round(CELLS_PER_PITCH * lattice.heightPerPitch());
            FilmGrid grid = FilmGrid.of(cell, GridAxis.uniform(cell.width(), nx), GridAxis.uniform(cell.height(), ny));
            value = GlCell.lowest(grid, new EdgeCondition(bOverPitch)).eigenvalue();
        }
        synchronized (CACHE) {
            CACHE.put(key, value);
        }
        return value;
    }
}
