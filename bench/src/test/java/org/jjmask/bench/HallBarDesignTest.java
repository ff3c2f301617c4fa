package org.jjmask.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.jjmask.design.DesignResult;
import org.jjmask.gds.GdsInspector;
import org.jjmask.gds.GdsReader;
import org.jjmask.gds.Inspection;
import org.junit.jupiter.api.Test;

/** The hierarchical workload is GDSII.md's peer: ~5.8 million 64-gon holes in a few AREFs. */
class HallBarDesignTest {

    @Test
    void fillsTheHallBarAndWritesItHierarchically() throws Exception {
        DesignResult result = HallBarDesign.design(HallBarDesign.spec());
        assertThat(result.holes()).isBetween(5_700_000L, 6_000_000L);
        assertThat(result.layout().hole().xy()).hasSizeGreaterThanOrEqualTo(2 * 64);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long bytes = HallBarDesign.write(result, out);
        assertThat(bytes).isEqualTo(out.size()).isLessThan(100_000);
        Inspection i = GdsInspector.inspect(GdsReader.read(out.toByteArray()));
        assertThat(i.flattenedPolygons()).isEqualTo(result.holes() + 1);   // the holes and the outline

        String outline = HallBarDesign.outlineNm(result);
        assertThat(outline.lines()).hasSizeGreaterThanOrEqualTo(13).contains("-500000 -100000");
    }
}
