package org.jjmask.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jjmask.gds.Boundary;
import org.jjmask.gds.GdsElement;
import org.jjmask.gds.GdsInspector;
import org.jjmask.gds.GdsLibrary;
import org.jjmask.gds.GdsReader;
import org.jjmask.gds.Inspection;
import org.junit.jupiter.api.Test;

/** The flat workload writes what it says: n closed 32-gons, 140 nm across, on a 200 nm grid. */
class FlatHolesTest {

    @Test
    void writesNHolesOfTheTemplate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long bytes = FlatHoles.write(out, 1000, 32);
        assertThat(bytes).isEqualTo(out.size()).isEqualTo(106 + 288L * 1000);

        GdsLibrary lib = GdsReader.read(out.toByteArray());
        List<GdsElement> elements = lib.cell(FlatHoles.CELL).orElseThrow().elements();
        assertThat(elements).hasSize(1000).allSatisfy(e -> {
            Boundary b = (Boundary) e;
            assertThat(b.layer()).isEqualTo(1);
            assertThat(b.pointCount()).isEqualTo(33);
        });
        int[] t = FlatHoles.template(32);
        assertThat(((Boundary) elements.get(0)).xy()).isEqualTo(t);
        Boundary last = (Boundary) elements.get(999);   // 32 columns: hole 999 is column 7 of row 31
        assertThat(last.x(0)).isEqualTo(t[0] + 7 * 200);
        assertThat(last.y(0)).isEqualTo(t[1] + 31 * 200);

        Inspection i = GdsInspector.inspect(lib);
        assertThat(i.flattenedPolygons()).isEqualTo(1000);
        assertThat(i.bboxUm()).containsExactly(-0.07, -0.07, 31 * 0.2 + 0.07, 31 * 0.2 + 0.07);
    }

    @Test
    void templateIsARoundedRegularPolygon() {
        int[] t = FlatHoles.template(32);
        assertThat(t).hasSize(66);
        assertThat(t[0]).isEqualTo(70);
        assertThat(t[1]).isZero();
        assertThat(t[16]).isZero();          // vertex 8 of 32 is at 90 degrees
        assertThat(t[17]).isEqualTo(70);
        assertThat(t[64]).isEqualTo(t[0]);
        assertThat(t[65]).isEqualTo(t[1]);
    }
}
