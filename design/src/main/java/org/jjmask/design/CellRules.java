package org.jjmask.design;

import org.jjmask.layout.drc.Violation;
import org.jjmask.layout.drc.DesignRule;
import org.jjmask.design.spec.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.HoleShape;
import org.jjmask.layout.UnitCellFacts;
import org.jjmask.layout.drc.DrcReport;

/**
 * The design rules a periodic lattice's written unit cell decides, measured as {@link DesignRules}
 * measures them on a whole layout: the film between the written polygons along every bond
 * ({@code min_neck}, {@code overlap}), the narrowest hole ({@code min_hole}), the largest hole
 * against {@code fabrication.max_hole_nm} ({@code max_hole}), hole vertices against the
 * manufacturing grid ({@code off_grid}) and the neck left after edge damage
 * ({@code neck_destroyed}). Every hole of an orthogonal layout is a copy of this cell, so these
 * verdicts are the device's; the rules of the outline (hole margin, holes outside) need the
 * device and are {@link Designer#run}'s alone.
 */
public final class CellRules {

    /** The rule a hole wider than {@code fabrication.max_hole_nm} breaks. */

    private CellRules() {}

    public static List<Violation> check(Spec spec, GridLattice lattice, HoleShape hole, UnitCellFacts facts,
            double dbuNm) {
        Spec.FabricationSpec f = spec.fabrication();
        List<Violation> v = new ArrayList<>();
        double neck = facts.neckWidthNm();
        double half = facts.pitchWrittenNm() / 2;
        if (neck < 0) {
            v.add(new Violation(DesignRule.OVERLAP, String.format(Locale.ROOT,
                    "holes overlap by %.1f nm along the narrowest bond", -neck), half, 0, neck, 0));
        } else if (neck < f.minFeatureNm()) {
            v.add(new Violation(DesignRule.MIN_NECK, String.format(Locale.ROOT,
                    "neck %.1f nm is below min_feature_nm %s", neck, Mapping.fmt(f.minFeatureNm())), half, 0, neck,
                    f.minFeatureNm()));
        }
        double narrowest = hole.minWidth() * dbuNm;
        if (narrowest < f.minFeatureNm()) {
            v.add(new Violation(DesignRule.MIN_HOLE, String.format(Locale.ROOT,
                    "hole %.1f nm at its narrowest is below min_feature_nm %s", narrowest,
                    Mapping.fmt(f.minFeatureNm())), 0, 0, narrowest, f.minFeatureNm()));
        }
        maxHole(spec, hole, dbuNm).ifPresent(v::add);
        offGrid(lattice, hole, f.gridNm(), dbuNm).ifPresent(v::add);
        double damaged = neck - 2 * f.edgeDamageNm();
        if (neck >= 0 && damaged <= 0) {
            v.add(new Violation(DesignRule.NECK_DESTROYED, String.format(Locale.ROOT,
                    "edge damage of %s nm each side leaves no superconducting neck (%.1f nm)",
                    Mapping.fmt(f.edgeDamageNm()), damaged), half, 0, damaged, 0));
        }
        return v;
    }

    /**
     * {@code max_hole}: the written hole's largest extent (twice its circumradius: the diameter of a
     * circle, the diagonal of a square) above {@code fabrication.max_hole_nm}.
     */
    static java.util.Optional<Violation> maxHole(Spec spec, HoleShape hole, double dbuNm) {
        if (spec.fabrication().maxHoleNm().isEmpty()) {
            return java.util.Optional.empty();
        }
        double limit = spec.fabrication().maxHoleNm().getAsDouble();
        double widest = 2 * hole.circumradius() * dbuNm;
        if (widest <= limit) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Violation(DesignRule.MAX_HOLE, String.format(Locale.ROOT,
                "hole %.1f nm across at its widest is above max_hole_nm %s", widest, Mapping.fmt(limit)), 0, 0,
                widest, limit));
    }

    /**
     * {@code off_grid}: a written hole vertex off the manufacturing grid. Lattice positions repeat
     * modulo the grid every grid-many cells, so those residues cover every hole of the device.
     */
    static java.util.Optional<Violation> offGrid(GridLattice lattice, HoleShape hole, double gridNm, double dbuNm) {
        long g = Math.round(gridNm / dbuNm);
        // only what is written has vertices on a grid: a cell on a finer grid (the optimiser's
        // smooth model) is put on the database grid before anything is decided
        if (g <= 1 || dbuNm < Designer.DBU_NM) {
            return java.util.Optional.empty();
        }
        int[] xy = hole.xy();
        for (long[] b : lattice.basis()) {
            for (int i = 0; i < g; i++) {
                for (int j = 0; j < g; j++) {
                    for (int k = 0; k < xy.length; k += 2) {
                        long x = b[0] + i * lattice.cellX() + xy[k];
                        long y = b[1] + j * lattice.cellY() + xy[k + 1];
                        if (Math.floorMod(x, g) != 0 || Math.floorMod(y, g) != 0) {
                            return java.util.Optional.of(new Violation(DesignRule.OFF_GRID, String.format(Locale.ROOT,
                                    "hole vertex at (%.0f, %.0f) nm is off the %s nm manufacturing grid", x * dbuNm,
                                    y * dbuNm, Mapping.fmt(gridNm)), x * dbuNm, y * dbuNm, 0, 0));
                        }
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }
}
