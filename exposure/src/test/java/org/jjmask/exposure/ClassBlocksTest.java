package org.jjmask.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jjmask.layout.Layout;
import org.junit.jupiter.api.Test;

class ClassBlocksTest {

    /**
     * The sub-blocks hold every hole exactly once, each with the class the correction gave it,
     * and the class histogram over the blocks equals the correction's table (what the JSON's
     * {@code ebeam.dose_classes[].holes} must match in the written GDS). The hierarchy survives:
     * far fewer blocks than holes outside the bulk's class.
     */
    @Test
    void blocksCoverEveryHoleWithItsClass() {
        Layout layout = AbsorbedEnergyTest.rectangle(30, 20, 100, 70);
        HolePattern p = HolePattern.of(layout);
        DoseCorrection c = ProximityCorrection.dose(new ExposureModel(p, PsfPreset.SI_30KV.psf()));
        List<ClassBlocks.Block> blocks = ClassBlocks.of(layout, c.classOf());
        long[] perClass = new long[c.classes().size()];
        Set<Long> seen = new HashSet<>();
        double dbu = layout.dbuNm();
        java.util.Map<Long, Integer> index = new java.util.HashMap<>();
        for (int k = 0; k < p.size(); k++) {
            index.put(Math.round(p.xNm(k) / dbu) * 1_000_000_007L + Math.round(p.yNm(k) / dbu), k);
        }
        for (ClassBlocks.Block b : blocks) {
            var a = b.holes();
            perClass[b.classRank()] += a.holes();
            for (int j = 0; j < a.rows(); j++) {
                for (int i = 0; i < a.columns(); i++) {
                    long x = a.x() + i * a.stepX();
                    long y = a.y() + j * a.stepY();
                    assertThat(seen.add(x * 1_000_000_007L + y)).isTrue();
                    int hole = index.get(x * 1_000_000_007L + y);
                    assertThat(c.classOf(hole)).isEqualTo(b.classRank());
                }
            }
        }
        assertThat(seen).hasSize(p.size());
        for (DoseClass dc : c.classes()) {
            assertThat(perClass[dc.rank()]).as("class %d", dc.rank()).isEqualTo(dc.holes());
        }
        assertThat((long) blocks.size()).isLessThan(c.holesOutsideBulkClass() / 5);
        // the bulk class's region has rounded ends (the correction's contours), so its rows' runs
        // differ near them: one block per distinct run, not one block; still a fraction of its rows
        long bulkBlocks = blocks.stream().filter(b -> b.classRank() == c.bulkClass()).count();
        assertThat(bulkBlocks).isLessThan(layout.arrays().stream().mapToLong(a -> a.rows()).sum());
    }
}
