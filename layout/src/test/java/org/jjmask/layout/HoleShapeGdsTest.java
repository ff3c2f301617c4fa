package org.jjmask.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.jjmask.gds.Boundary;
import org.jjmask.gds.GdsCell;
import org.jjmask.gds.GdsInspector;
import org.jjmask.gds.GdsLibrary;
import org.jjmask.gds.GdsReader;
import org.jjmask.gds.Inspection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every hole shape, on a moved lattice, written as GDS and read back: count and polygon survive. */
class HoleShapeGdsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(LatticeType.TRIANGULAR, new IdealHole.Circle(70, 20, false), 0.0, 0.0),
                Arguments.of(LatticeType.TRIANGULAR, new IdealHole.Circle(70, 20, true), 31.0, -17.0),
                Arguments.of(LatticeType.SQUARE, new IdealHole.Square(70), 60.0, 60.0),
                Arguments.of(LatticeType.KAGOME, new IdealHole.Hexagon(60), -250.4, 13.6),
                Arguments.of(LatticeType.HONEYCOMB, new IdealHole.Ellipse(50, 1.4, 24, true), 7.0, 1000.0));
    }

    @ParameterizedTest(name = "{0} {1} origin {2},{3}")
    @MethodSource("cases")
    void holesAndTheirPolygonSurviveTheHierarchy(LatticeType t, IdealHole ideal, double ox, double oy) throws Exception {
        HoleShape hole = ideal.written(1.0);
        Layout layout = Layout.of(new HallBar(12, 3, 2, 1, 2), GridLattice.of(t, 120, 1.0).withOriginNm(ox, oy, 1.0),
                hole, 200, 1.0);
        GdsLibrary lib = GdsReader.read(LayoutGdsTest.write(layout, "shape-1"));
        Inspection in = GdsInspector.inspect(lib);
        assertThat(in.layerCount(1, 0).polygons()).isEqualTo(layout.holeCount()).isPositive();
        GdsCell cell = lib.cell(LayoutGds.HOLE_CELL).orElseThrow();
        Boundary b = (Boundary) cell.elements().get(0);
        int[] xy = b.xy();
        // stored closed: the written vertices, then the first again
        assertThat(b.pointCount()).isEqualTo(hole.vertices() + 1);
        assertThat(java.util.Arrays.copyOf(xy, xy.length - 2)).containsExactly(hole.xy());
    }
}
