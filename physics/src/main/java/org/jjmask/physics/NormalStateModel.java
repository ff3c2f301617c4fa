package org.jjmask.physics;

/**
 * How the normal state of the patterned film is computed: R_□,eff and the junction resistance R_N.
 * The default is {@link LaplaceSheetResistance#DEFAULT}, a Laplace solve on the periodic unit cell;
 * {@link SheetResistance#MAXWELL_GARNETT_NECK} is the closed-form alternative (Maxwell-Garnett
 * blended with a neck-channel integral; microseconds instead of milliseconds). Against the solve its
 * R_N is within 1.5 % for triangular holes at any D/a, within 0.5 % for every lattice up to
 * D/a = 0.5, but low at narrow necks of the other lattices: at D/a = 0.9 by 10 % (square), 19 %
 * (honeycomb holes) and 16 % (kagome).
 */
public interface NormalStateModel {

    /**
     * @param geometry the array as laid out
     * @param sheetResistanceOhm the unpatterned film's R_□
     * @param edgeDamageNm the non-conducting rim at each hole edge δ
     * @return R_□,eff, R_N and what was assumed
     */
    NormalState solve(ArrayGeometry geometry, double sheetResistanceOhm, double edgeDamageNm);
}
