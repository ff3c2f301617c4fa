package org.jjmask.design;

import org.jjmask.layout.drc.DesignRule;
import org.jjmask.design.spec.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jjmask.layout.HoleArray;
import org.jjmask.layout.Layout;
import org.jjmask.layout.UnitCellFacts;
import org.jjmask.layout.drc.AnnotationRules;
import org.jjmask.layout.drc.DrcReport;
import org.jjmask.layout.drc.LayoutRules;
import org.jjmask.layout.drc.Violation;

/**
 * The design rules checked on every pass, on the real layout ({@link LayoutRules}): the neck
 * between the written polygons along every bond and the smallest hole against {@code min_feature_nm},
 * overlapping holes, the measured hole-to-outline distance against {@code edge_margin_nm}, holes
 * outside the outline, vertices off the {@code grid_nm} manufacturing grid; the spec's labels and
 * marks against the array, the pads, the outline and each other ({@link AnnotationRules}, marks
 * kept {@code marks.clearance_um} clear); the neck left after edge damage and the widest hole on
 * every written neck and hole; then an empty array.
 *
 * <p>A design pass lists one violation per rule, at the worst place, its message saying how often
 * the rule is broken; {@link #report} gives every occurrence (capped) for {@code jjmask check}.
 */
public final class DesignRules {

    private DesignRules() {}

    /** The full rule-by-rule check of a layout under a spec's limits. */
    public static DrcReport report(Spec spec, Layout layout) {
        DrcReport report = LayoutRules.check(layout, limits(spec));
        AnnotationRules.check(layout, Designer.annotations(spec), annotationLimits(spec), report);
        return report;
    }

    public static AnnotationRules.Limits annotationLimits(Spec spec) {
        return new AnnotationRules.Limits(spec.marks().map(Spec.MarksSpec::clearanceUm)
                .orElse(Spec.MarksSpec.DEFAULT_CLEARANCE_UM) * 1000);
    }

    /**
     * The spec's limits, the same for the design pass, {@code check SPEC} and {@code check FILE.gds
     * --spec SPEC}: neck and hole width, margin, grid, the edge damage a neck must survive, the widest
     * hole, and the centre distance that makes two scattered holes neighbours (halfway between the
     * lattice's nearest and next-nearest hole distances, so a disordered array's necks are the
     * ideal lattice's bonds).
     */
    public static LayoutRules.Limits limits(Spec spec) {
        Spec.FabricationSpec f = spec.fabrication();
        return new LayoutRules.Limits(f.minFeatureNm(), spec.lattice().edgeMarginNm(), f.gridNm(), f.edgeDamageNm(),
                f.maxHoleNm().isPresent() ? f.maxHoleNm().getAsDouble() : Double.NaN,
                spec.lattice().pitchNm() * neighbourFactor(spec.lattice().type()));
    }

    /** Halfway between the nearest (1) and next-nearest hole distance of a lattice, in pitches. */
    static double neighbourFactor(org.jjmask.layout.LatticeType type) {
        return switch (type) {
            case SQUARE -> (1 + Math.sqrt(2)) / 2;
            case TRIANGULAR, HONEYCOMB, KAGOME -> (1 + Math.sqrt(3)) / 2;
        };
    }

    /** The violations of a design pass: the layout's rules (one line per rule, {@link #summarise}) and an empty array. */
    public static List<Violation> check(Spec spec, Layout layout, DrcReport report) {
        List<Violation> v = new ArrayList<>();
        double[] at = firstHole(layout);
        if (layout.holeCount() == 0) {
            v.add(new Violation(DesignRule.NO_HOLES, "no whole hole fits inside the outline with edge_margin_nm "
                    + Mapping.fmt(spec.lattice().edgeMarginNm()), at[0], at[1], 0, 1));
        }
        v.addAll(summarise(report));  // labels and marks are checked all the same
        return v;
    }

    /** {@link #check(Spec, Layout, DrcReport)} with the report made here. */
    public static List<Violation> check(Spec spec, Layout layout, UnitCellFacts facts) {
        return check(spec, layout, report(spec, layout));
    }

    /** One violation per broken rule: the worst occurrence, with the number of occurrences. */
    public static List<Violation> summarise(DrcReport report) {
        List<Violation> v = new ArrayList<>();
        for (DrcReport.RuleSummary r : report.rules()) {
            if (!r.violated()) {
                continue;
            }
            Violation w = r.worstViolation();
            String message = r.count() == 1 ? w.message()
                    : String.format(Locale.ROOT, "%s (the worst of %,d)", w.message(), r.count());
            v.add(new Violation(w.rule(), message, w.xNm(), w.yNm(), w.measuredNm(), w.limitNm()));
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
