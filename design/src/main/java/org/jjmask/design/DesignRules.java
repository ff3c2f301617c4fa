package org.jjmask.design;

import java.util.ArrayList;
import java.util.List;
import org.jjmask.layout.HoleArray;
import org.jjmask.layout.Layout;
import org.jjmask.layout.UnitCellFacts;

/**
 * The design rules checked on every pass: the narrowest neck and the smallest hole against the
 * process's {@code min_feature_nm}, the neck left after edge damage, and an empty array. The neck is
 * measured on the written lattice and the written hole polygon.
 */
public final class DesignRules {

    private DesignRules() {}

    public static List<DrcViolation> check(Spec spec, Layout layout, UnitCellFacts facts) {
        List<DrcViolation> v = new ArrayList<>();
        double min = spec.fabrication().minFeatureNm();
        double[] at = firstHole(layout);
        if (layout.holeCount() == 0) {
            v.add(new DrcViolation("no_holes", "no whole hole fits inside the outline with edge_margin_nm "
                    + SpecValidator.fmt(spec.lattice().edgeMarginNm()), at[0], at[1], 0, 1));
            return v;
        }
        if (facts.neckWidthNm() < min) {
            v.add(new DrcViolation("min_neck", String.format(java.util.Locale.ROOT,
                    "neck %.1f nm between neighbouring holes is below min_feature_nm %s", facts.neckWidthNm(),
                    SpecValidator.fmt(min)), at[0] + facts.pitchWrittenNm() / 2, at[1], facts.neckWidthNm(), min));
        }
        double hole = layout.hole().minWidth() * layout.dbuNm();
        if (hole < min) {
            v.add(new DrcViolation("min_hole", String.format(java.util.Locale.ROOT,
                    "hole %.1f nm is below min_feature_nm %s", hole, SpecValidator.fmt(min)), at[0], at[1], hole, min));
        }
        double damaged = facts.neckWidthNm() - 2 * spec.fabrication().edgeDamageNm();
        if (damaged <= 0) {
            v.add(new DrcViolation("neck_destroyed", String.format(java.util.Locale.ROOT,
                    "edge damage of %s nm each side leaves no superconducting neck (%.1f nm)",
                    SpecValidator.fmt(spec.fabrication().edgeDamageNm()), damaged), at[0] + facts.pitchWrittenNm() / 2,
                    at[1], damaged, 0));
        }
        return v;
    }

    private static double[] firstHole(Layout layout) {
        for (HoleArray a : layout.arrays()) {
            return new double[] {a.x() * layout.dbuNm(), a.y() * layout.dbuNm()};
        }
        return new double[] {0, 0};
    }
}
