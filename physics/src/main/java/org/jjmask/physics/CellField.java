package org.jjmask.physics;

import org.jjmask.physics.gl.PairBreaking;
import org.jjmask.physics.laplace.HoleLattice;

/**
 * One written cell in a perpendicular field, ready for WHH/Maki: the orbital pair breaking
 * x⊥(B) = x_cell + ξ_GL²(λ(B) − λ(0)) of {@link CellInField} (x_cell the zero-field nucleation's,
 * {@link Nucleation#cellPairBreaking()}, so that T_c(B = 0) is the reported onset), with the film's
 * own T_c0 and gap as the reference of the WHH equation (t = T/T_c0,film).
 *
 * @param lattice the hole lattice
 * @param pitchNm a
 * @param dOverA electrical D/a
 * @param bOverA de Gennes' b/a (+∞ clean)
 * @param xiGl2Nm2 ξ_GL(0)²
 * @param filmTcK the unpatterned film's T_c0
 * @param filmGap0J the film's Δ(0)
 * @param zeroFieldPairBreaking x_cell at B = 0
 */
public record CellField(HoleLattice lattice, double pitchNm, double dOverA, double bOverA, double xiGl2Nm2,
        double filmTcK, double filmGap0J, double zeroFieldPairBreaking) {

    /** Validates: finite geometry, 0 &lt; D/a &lt; 1. */
    public CellField {
        Checks.positive("pitchNm", pitchNm);
        Checks.positive("xiGl2Nm2", xiGl2Nm2);
        Checks.positive("filmTcK", filmTcK);
        Checks.nonNegative("zeroFieldPairBreaking", zeroFieldPairBreaking);
        if (!(dOverA > 0 && dOverA < 1) || !(bOverA >= 0)) {
            throw new IllegalArgumentException("need 0 < D/a < 1 and b >= 0");
        }
    }

    /** x⊥ at B (T): whole-number flux nodes, interpolated ({@link CellInField#lambdaA2}). */
    public double pairBreaking(double fieldT) {
        double f = CellInField.fluxPerHole(lattice, pitchNm, fieldT);
        double l = CellInField.lambdaA2(lattice, dOverA, bOverA, f) - CellInField.lambdaA2(lattice, dOverA, bOverA, 0);
        return zeroFieldPairBreaking + Math.max(0.0, xiGl2Nm2 * l / (pitchNm * pitchNm));
    }

    /** x⊥ at a low-field node f = k/4 per hole cell, not interpolated in f. */
    public double pairBreakingAtNode(double flux) {
        double l = CellInField.lambdaA2AtNode(lattice, dOverA, bOverA, flux)
                - CellInField.lambdaA2AtNode(lattice, dOverA, bOverA, 0);
        return zeroFieldPairBreaking + Math.max(0.0, xiGl2Nm2 * l / (pitchNm * pitchNm));
    }

    /** The field of one flux quantum per hole cell, Φ0/A_hole (mT): the low-field T_c(B) period. */
    public double cellPeriodMT() {
        return Constants.PHI0 / (CellInField.holeAreaNm2(lattice, pitchNm) * Constants.NM * Constants.NM) * 1e3;
    }

    /**
     * T_c(B) (K) at a low-field node: WHH/Maki with the cell's x⊥ and the Zeeman term of
     * {@link CriticalFields} (no spin–orbit term, as there).
     */
    public double tcAtNodeK(double flux) {
        double bT = flux * cellPeriodMT() * 1e-3;
        return filmTcK * PairBreaking.tcRatio(pairBreakingAtNode(flux), CriticalFields.zetaPerTesla(filmTcK, filmGap0J) * bT,
                0);
    }
}
