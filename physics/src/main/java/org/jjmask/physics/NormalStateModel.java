package org.jjmask.physics;

/**
 * How the normal state of the patterned film is computed: R_□,eff and the junction resistance R_N.
 * The default is {@link SheetResistance#MAXWELL_GARNETT_NECK}; a Laplace solve on the unit cell can
 * replace it without touching the rest of the physics.
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
