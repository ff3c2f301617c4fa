package org.jjmask.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jjmask.gds.GdsInspector;
import org.jjmask.gds.GdsReader;
import org.jjmask.gds.GdsWriter;
import org.jjmask.gds.GdsWriterOptions;
import org.jjmask.gds.Inspection;
import org.junit.jupiter.api.Test;

/** Holes written in classes: each class's cell on its datatype, only used classes written, the blocks kept as AREFs. */
class HoleClassesGdsTest {

    private static byte[] write(Layout layout, HoleClasses classes) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GdsWriter w = GdsWriter.open(bytes, GdsWriterOptions.defaults())) {
            LayoutGds.write(layout, Optional.empty(), Annotations.NONE, Optional.of(classes), "cls",
                    LocalDateTime.of(2024, 1, 2, 3, 4, 5), w);
        }
        return bytes.toByteArray();
    }

    @Test
    void eachClassOnItsDatatypeAndUnusedClassesNotWritten() throws Exception {
        Layout layout = Layout.of(new HallBar(12, 3, 2, 1, 2), GridLattice.of(LatticeType.TRIANGULAR, 120, 1.0),
                HoleShape.regular(70, 32, 1.0), 200, 1.0);
        // the first column of every block in class 1, the rest in class 0; class 2 used by nothing
        List<HoleClasses.Block> blocks = new ArrayList<>();
        long first = 0;
        for (HoleArray a : layout.arrays()) {
            blocks.add(new HoleClasses.Block(1, new HoleArray(a.x(), a.y(), 1, a.rows(), a.stepX(), a.stepY())));
            first += a.rows();
            if (a.columns() > 1) {
                blocks.add(new HoleClasses.Block(0, new HoleArray(a.x() + a.stepX(), a.y(), a.columns() - 1, a.rows(),
                        a.stepX(), a.stepY())));
            }
        }
        HoleClasses classes = new HoleClasses(List.of(new HoleClasses.ClassCell(1, 1000, Optional.empty(), false),
                new HoleClasses.ClassCell(1, 1250, Optional.empty(), false),
                new HoleClasses.ClassCell(1, 1500, Optional.empty(), true)), blocks, new short[0]);
        Inspection in = GdsInspector.inspect(GdsReader.read(write(layout, classes)));
        assertThat(in.topCells()).containsExactly("cls");
        assertThat(in.layerCount(1, 1250).polygons()).isEqualTo(first);
        assertThat(in.layerCount(1, 1000).polygons()).isEqualTo(layout.holeCount() - first);
        assertThat(in.layerCount(1, 0).polygons()).isZero();
        assertThat(in.layerCount(1, 1500).polygons()).isZero();
        assertThat(LayoutGds.usedLayers(layout, false, Annotations.NONE, Optional.of(classes)))
                .extracting(l -> l.layer() * 10_000 + l.datatype()).containsExactly(11_000, 11_250, 20_000);
    }

    @Test
    void scatteredHolesTakeTheirClassInDrawOrder() throws Exception {
        Layout layout = Layout.scattered(new HallBar(6, 2, 0, 1, 1), GridLattice.of(LatticeType.SQUARE, 150, 1.0),
                new IdealHole.Circle(70, 32, false), 200, 0, 1.0, new HoleVariation(3, 2, 7), 0, 0, 0);
        int n = (int) layout.holeCount();
        short[] per = new short[n];
        long odd = 0;
        for (int i = 0; i < n; i++) {
            per[i] = (short) (i % 2);
            odd += i % 2;
        }
        HoleClasses classes = new HoleClasses(List.of(new HoleClasses.ClassCell(1, 7, Optional.empty(), true),
                new HoleClasses.ClassCell(1, 8, Optional.empty(), true)), List.of(), per);
        Inspection in = GdsInspector.inspect(GdsReader.read(write(layout, classes)));
        assertThat(in.topCells()).containsExactly("cls");
        assertThat(in.layerCount(1, 8).polygons()).isEqualTo(odd);
        assertThat(in.layerCount(1, 7).polygons()).isEqualTo(n - odd);
    }
}
