package org.jjmask.layout.drc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jjmask.gds.GdsLibrary;
import org.jjmask.gds.GdsReader;
import org.jjmask.gds.GdsWriter;
import org.jjmask.gds.GdsWriterOptions;
import org.junit.jupiter.api.Test;

/** Each rule on a hand-made GDS file that breaks exactly that rule, and a clean one. */
class GdsRulesTest {

    /** A 2 µm × 1 µm outline at the origin on 2/0 and the given holes on 1/0, 1 nm dbu. */
    static GdsLibrary gds(int[]... holes) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GdsWriter w = GdsWriter.open(bytes, GdsWriterOptions.defaults())) {
            w.beginLibrary("T", 1e-3, 1e-9, GdsLibrary.NO_TIME.plusYears(100));
            w.beginCell("TOP");
            w.boundary(2, 0, new int[] {0, 0, 2000, 0, 2000, 1000, 0, 1000});
            for (int[] h : holes) {
                w.boundary(1, 0, h);
            }
            w.endCell();
            w.endLibrary();
        }
        return GdsReader.read(bytes.toByteArray());
    }

    static int[] square(int x, int y, int side) {
        return new int[] {x, y, x + side, y, x + side, y + side, x, y + side};
    }

    /** Rules with violations → their counts. */
    static Map<String, Long> broken(GdsRules.Result r) {
        Map<String, Long> m = new TreeMap<>();
        for (DrcReport.RuleSummary s : r.report().rules()) {
            if (s.violated()) {
                m.put(s.rule().specName(), s.count());
            }
        }
        return m;
    }

    static GdsRules.Result check(GdsLibrary lib) throws Exception {
        return GdsRules.check(lib, GdsRules.Options.defaults());
    }

    @Test
    void aCleanRowOfHoles() throws Exception {
        GdsRules.Result r = check(gds(square(500, 500, 60), square(600, 500, 60), square(700, 500, 60)));
        assertThat(broken(r)).isEmpty();
        assertThat(r.holes()).isEqualTo(3);
        assertThat(r.distinctShapes()).isEqualTo(1);
        DrcReport.RuleSummary neck = rule(r, DesignRule.MIN_NECK);
        assertThat(neck.worstNm()).isEqualTo(40.0);
        assertThat(rule(r, DesignRule.HOLE_MARGIN).worstNm()).isEqualTo(440.0);
        assertThat(rule(r, DesignRule.MIN_HOLE).worstNm()).isCloseTo(60.0, within(1e-9));
    }

    @Test
    void aNarrowNeck() throws Exception {
        GdsRules.Result r = check(gds(square(500, 500, 60), square(570, 500, 60)));
        assertThat(broken(r)).containsExactly(Map.entry("min_neck", 1L));
        Violation v = rule(r, DesignRule.MIN_NECK).first();
        assertThat(v.measuredNm()).isEqualTo(10.0);
        assertThat(v.xNm()).isEqualTo(565.0);
        assertThat(v.yNm()).isBetween(500.0, 560.0);
    }

    @Test
    void overlappingHolesAreLocated() throws Exception {
        GdsRules.Result r = check(gds(square(500, 500, 60), square(540, 500, 60)));
        assertThat(broken(r)).containsExactly(Map.entry("overlap", 1L));
        Violation v = rule(r, DesignRule.OVERLAP).first();
        assertThat(v.measuredNm()).isEqualTo(-20.0);  // 20 nm of the two squares coincide
        assertThat(v.xNm()).isBetween(540.0, 560.0);
        assertThat(v.yNm()).isBetween(500.0, 560.0);
    }

    @Test
    void aThinHole() throws Exception {
        GdsRules.Result r = check(gds(new int[] {500, 500, 510, 500, 510, 600, 500, 600}));
        assertThat(broken(r)).containsExactly(Map.entry("min_hole", 1L));
        assertThat(rule(r, DesignRule.MIN_HOLE).first().measuredNm()).isCloseTo(10.0, within(1e-9));
        assertThat(rule(r, DesignRule.MIN_HOLE).first().xNm()).isEqualTo(505.0);
    }

    @Test
    void holesOutsideOrCrossingTheOutline() throws Exception {
        GdsRules.Result r = check(gds(square(3000, 500, 60), square(1970, 500, 60)));
        assertThat(broken(r)).containsExactly(Map.entry("hole_outside", 2L));
        List<Violation> kept = rule(r, DesignRule.HOLE_OUTSIDE).kept();
        assertThat(kept).extracting(Violation::message).anyMatch(m -> m.contains("crosses"))
                .anyMatch(m -> m.contains("lies outside"));
    }

    @Test
    void aHoleTooCloseToTheOutline() throws Exception {
        GdsRules.Result r = check(gds(square(1930, 500, 60)));
        assertThat(broken(r)).containsExactly(Map.entry("hole_margin", 1L));
        assertThat(rule(r, DesignRule.HOLE_MARGIN).first().measuredNm()).isEqualTo(10.0);
    }

    @Test
    void verticesOffTheManufacturingGrid() throws Exception {
        GdsLibrary lib = gds(square(500, 500, 60), square(603, 500, 60));
        GdsRules.Options o = GdsRules.Options.defaults();
        GdsRules.Options grid5 = new GdsRules.Options(1, 0, 2, 0, o.minFeatureNm(), o.marginNm(), 5, o.cap());
        GdsRules.Result r = GdsRules.check(lib, grid5);
        assertThat(broken(r)).containsExactly(Map.entry("off_grid", 4L));  // the four corners of the second square
        Violation v = rule(r, DesignRule.OFF_GRID).first();
        assertThat(v.xNm()).isEqualTo(603.0);
        assertThat(v.measuredNm()).isEqualTo(2.0);
        assertThat(broken(check(lib))).isEmpty();  // on the 1 nm database grid nothing is off
    }

    @Test
    void arraysAreExpandedAndCountsGoPastTheCap() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GdsWriter w = GdsWriter.open(bytes, GdsWriterOptions.defaults())) {
            w.beginLibrary("T", 1e-3, 1e-9, GdsLibrary.NO_TIME.plusYears(100));
            w.beginCell("HOLE");
            w.boundary(1, 0, square(0, 0, 60));
            w.endCell();
            w.beginCell("TOP");
            w.boundary(2, 0, new int[] {0, 0, 200_000, 0, 200_000, 200_000, 0, 200_000});
            // 100 × 100 holes at a 70 nm pitch: 10 nm necks
            w.aref("HOLE", 100, 100, 1000, 1000, 70, 0, 0, 70);
            w.endCell();
            w.endLibrary();
        }
        GdsLibrary lib = GdsReader.read(bytes.toByteArray());
        GdsRules.Result r = GdsRules.check(lib, new GdsRules.Options(1, 0, 2, 0, 20, 20, 1, 50));
        assertThat(r.holes()).isEqualTo(10_000);
        DrcReport.RuleSummary neck = rule(r, DesignRule.MIN_NECK);
        assertThat(neck.count()).isEqualTo(2 * 99 * 100 + 2 * 99 * 99);  // rows, columns and 14.1 nm diagonals
        assertThat(neck.kept()).hasSize(50);
        assertThat(neck.worstNm()).isEqualTo(10.0);
        assertThat(broken(r)).containsOnlyKeys("min_neck");
    }

    static DrcReport.RuleSummary rule(GdsRules.Result r, DesignRule name) {
        return r.report().rules().stream().filter(s -> s.rule().equals(name)).findFirst().orElseThrow();
    }
}
