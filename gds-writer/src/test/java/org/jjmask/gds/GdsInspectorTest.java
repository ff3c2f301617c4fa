package org.jjmask.gds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GdsInspectorTest {

    private static final int[] SQUARE = {0, 0, 10, 0, 10, 10, 0, 10};

    @Test
    void countsMultiplyThroughTheHierarchyWithoutEnumerating() {
        long start = System.nanoTime();
        Inspection i = Gds.inspect(Gds.write(w -> {
            w.beginCell("HOLE");
            w.boundary(1, 0, SQUARE);
            w.boundary(2, 7, new int[] {20, 0, 30, 0, 30, 10});
            w.text(3, 0, 5, 5, "h");
            w.endCell();
            w.beginCell("ARRAY");
            w.aref("HOLE", 1000, 1000, 0, 0, 100, 0, 0, 100);
            w.endCell();
            w.beginCell("TOP");
            w.sref("ARRAY", 0, 0);
            w.sref("ARRAY", 200_000, 0);
            w.boundary(1, 0, new int[] {-50, -50, -40, -50, -40, -40});
            w.endCell();
        }));
        assertThat(i.cells()).isEqualTo(3);
        assertThat(i.topCells()).containsExactly("TOP");
        assertThat(i.layers()).containsExactly(
            new LayerCount(1, 0, 2_000_001, 0),
            new LayerCount(2, 7, 2_000_000, 0),
            new LayerCount(3, 0, 0, 2_000_000));
        assertThat(i.flattenedPolygons()).isEqualTo(4_000_001);
        assertThat(i.flattenedTexts()).isEqualTo(2_000_000);
        assertThat(i.srefs()).isEqualTo(2);
        assertThat(i.arefs()).isEqualTo(1);
        assertThat(i.dbuUm()).isCloseTo(0.001, within(1e-18));
        assertThat(i.bboxUm()).containsExactly(new double[] {-0.05, -0.05, 299.93, 99.91}, within(1e-9));
        assertThat(i.layerCount(9, 9)).isEqualTo(new LayerCount(9, 9, 0, 0));
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);
    }

    @Test
    void tenMillionHoleArrayInspectsInMilliseconds() {
        byte[] bytes = Gds.write(w -> {
            w.beginCell("HOLE");
            w.boundary(1, 0, Gds.regularPolygon(32, 35, 0, 0));
            w.endCell();
            w.beginCell("TOP");
            w.aref("HOLE", 5000, 2000, 0, 0, 100, 0, 0, 173);
            w.aref("HOLE", 5000, 2000, 50, 87, 100, 0, 0, 173);
            w.endCell();
        });
        GdsLibrary lib = Gds.read(bytes);
        long start = System.nanoTime();
        Inspection i = Gds.inspect(bytes);
        double ms = (System.nanoTime() - start) / 1e6;
        assertThat(i.flattenedPolygons()).isEqualTo(20_000_000L);
        assertThat(lib.cells()).hasSize(2);
        assertThat(ms).as("inspect time in ms").isLessThan(500);
    }

    @Test
    void topCellsAreTheUnreferencedOnesSortedByName() {
        Inspection i = Gds.inspect(Gds.write(w -> {
            w.beginCell("leaf");
            w.boundary(1, 0, SQUARE);
            w.endCell();
            w.beginCell("Zeta");
            w.sref("leaf", 0, 0);
            w.endCell();
            w.beginCell("Alpha");
            w.sref("leaf", 100, 0);
            w.endCell();
            w.beginCell("empty");
            w.endCell();
        }));
        assertThat(i.topCells()).containsExactly("Alpha", "Zeta", "empty");
        assertThat(i.layerCount(1, 0).polygons()).isEqualTo(2);
        assertThat(i.bboxUm()).containsExactly(new double[] {0, 0, 0.11, 0.01}, within(1e-12));
    }

    @Test
    void bboxFollowsRotationAndReflection() {
        // child: an L-free rectangle 0..100 x 0..20
        int[] rect = {0, 0, 100, 0, 100, 20, 0, 20};
        record Case(Strans strans, long[] expected) { }
        List<Case> cases = List.of(
            new Case(Strans.IDENTITY, new long[] {1000, 1000, 1100, 1020}),
            new Case(Strans.rotation(90), new long[] {980, 1000, 1000, 1100}),
            new Case(Strans.rotation(180), new long[] {900, 980, 1000, 1000}),
            new Case(Strans.rotation(-90), new long[] {1000, 900, 1020, 1000}),
            new Case(Strans.of(true, 0, 1), new long[] {1000, 980, 1100, 1000}),
            new Case(Strans.of(true, 90, 1), new long[] {1000, 1000, 1020, 1100}),
            new Case(Strans.of(false, 0, 2.5), new long[] {1000, 1000, 1250, 1050}),
            // 45 degrees: the child's box corners (0,0) (100,0) (100,20) (0,20) rotated and rounded
            new Case(Strans.rotation(45), new long[] {986, 1000, 1071, 1085}));
        for (Case c : cases) {
            Inspection i = Gds.inspect(Gds.write(w -> {
                w.beginCell("R");
                w.boundary(1, 0, rect);
                w.endCell();
                w.beginCell("TOP");
                w.sref("R", 1000, 1000, c.strans());
                w.endCell();
            }));
            double[] um = new double[4];
            for (int k = 0; k < 4; k++) {
                um[k] = c.expected()[k] * 0.001;
            }
            assertThat(i.bboxUm()).as(c.strans().toString()).containsExactly(um, within(1e-9));
        }
    }

    @Test
    void nonOrthogonalPlacementsBoundEachLayerSeparatelyLikeKlayout() {
        Inspection i = Gds.inspect(Gds.write(w -> {
            w.beginCell("HOLE");
            w.boundary(1, 0, Gds.regularPolygon(32, 35, 0, 0));
            w.boundary(2, 0, new int[] {40, 40, 90, 40, 40, 90});
            w.endCell();
            w.beginCell("ARRAY");
            w.aref("HOLE", 3, 2, 0, 0, 100, 0, 0, 173);
            w.endCell();
            w.beginCell("TOP");
            w.sref("ARRAY", -4000, 2500, Strans.of(false, 30, 1.5));
            w.endCell();
        }));
        // KLayout 0.28.5 reports xmin -4201 dbu: the layer-1 box (-35..235 x -35..208) rotated;
        // rotating the box of both layers together would give -4243
        assertThat(i.bboxUm()[0]).isCloseTo(-4.201, within(1e-9));
    }

    @Test
    void arrayBboxUsesTheCornerInstancesAfterTheTransform() {
        Inspection i = Gds.inspect(Gds.write(w -> {
            w.beginCell("R");
            w.boundary(1, 0, new int[] {0, 0, 100, 0, 100, 20, 0, 20});
            w.endCell();
            w.beginCell("TOP");
            w.aref("R", 3, 2, 0, 0, 1000, 0, 0, 500, Strans.rotation(90));
            w.endCell();
        }));
        // rotated child spans x -20..0, y 0..100; last instance at (2000, 500)
        assertThat(i.bboxUm()).containsExactly(new double[] {-0.02, 0, 2.0, 0.6}, within(1e-12));
        assertThat(i.layerCount(1, 0).polygons()).isEqualTo(6);
    }

    @Test
    void textAnchorsCountInTheBboxLikeKlayout() {
        Inspection i = Gds.inspect(Gds.cell(w -> {
            w.boundary(1, 0, SQUARE);
            w.text(2, 0, 5000, 7000, "far away");
        }));
        assertThat(i.bboxUm()).containsExactly(new double[] {0, 0, 5, 7}, within(1e-12));
        assertThat(i.layerCount(2, 0).texts()).isEqualTo(1);
        assertThat(i.layerCount(2, 0).polygons()).isZero();
    }

    @Test
    void pathBoundsMatchKlayout() {
        // numbers from KLayout 0.28.5: pya.Path(points, 101, 0, 0, False).bbox() and with 50/50 extensions
        int[] xy = {0, 0, 1000, 300, 1200, 2000};
        BoundingBox flush = new BoundingBox();
        PathBounds.addTo(new Path(1, 0, 0, 101, xy), flush);
        assertThat(new long[] {flush.minX, flush.minY, flush.maxX, flush.maxY}).containsExactly(-15, -48, 1250, 2006);
        BoundingBox round = new BoundingBox();
        PathBounds.addTo(new Path(1, 0, 1, 101, xy), round); // round: extension 101/2 = 50
        assertThat(new long[] {round.minX, round.minY, round.maxX, round.maxY}).containsExactly(-62, -63, 1256, 2056);
        BoundingBox custom = new BoundingBox();
        PathBounds.addTo(new Path(1, 0, 4, 101, 50, 50, xy, List.of()), custom);
        assertThat(new long[] {custom.minX, custom.minY, custom.maxX, custom.maxY}).containsExactly(-62, -63, 1256, 2056);
    }

    @Test
    void manhattanPathBounds() {
        BoundingBox b = new BoundingBox();
        PathBounds.addTo(new Path(1, 0, 2, 20, new int[] {0, 0, 100, 0, 100, 100}), b);
        assertThat(new long[] {b.minX, b.minY, b.maxX, b.maxY}).containsExactly(-10, -10, 110, 110);
    }

    @Test
    void emptyLibraryHasNoBbox() {
        Inspection i = Gds.inspect(Gds.write(w -> {
            w.beginCell("E");
            w.endCell();
        }));
        assertThat(i.hasBbox()).isFalse();
        assertThat(i.bboxUm()).isEmpty();
        assertThat(i.topCells()).containsExactly("E");
        assertThat(i.layers()).isEmpty();
    }

    @Test
    void zeroVectorArrayAxesCollapseLikeKlayout() {
        GdsLibrary lib = new GdsLibrary("L", 1e-3, 1e-9, List.of(
            new GdsCell("C", List.of(new Boundary(1, 0, new int[] {0, 0, 1, 0, 1, 1, 0, 0}))),
            new GdsCell("TOP", List.of(
                // 10 columns but P2 == P1: the copies coincide, KLayout keeps one column
                new ARef("C", 10, 3, 0, 0, 0, 0, 0, 30, Strans.IDENTITY, List.of()),
                // 0 rows read from a file count as 1
                new ARef("C", 2, 0, 0, 0, 20, 0, 0, 0, Strans.IDENTITY, List.of())))));
        Inspection i = inspectOrFail(lib);
        assertThat(i.flattenedPolygons()).isEqualTo(3 + 2);
    }

    @Test
    void absurdCountsFailCleanly() {
        // three levels of 65535 x 65535 arrays: 2^96 polygons
        List<GdsCell> cells = new java.util.ArrayList<>();
        cells.add(new GdsCell("L0", List.of(new Boundary(1, 0, new int[] {0, 0, 1, 0, 1, 1, 0, 0}))));
        for (int k = 1; k <= 3; k++) {
            cells.add(new GdsCell("L" + k, List.of(new ARef("L" + (k - 1), 65535, 65535, 0, 0, 65535, 0, 0, 65535,
                Strans.IDENTITY, List.of()))));
        }
        GdsLibrary lib = new GdsLibrary("L", 1e-3, 1e-9, cells);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GdsInspector.inspect(lib))
            .isInstanceOf(GdsFormatException.class).hasMessageContaining("2^63");
    }

    private static Inspection inspectOrFail(GdsLibrary lib) {
        try {
            return GdsInspector.inspect(lib);
        } catch (GdsFormatException e) {
            throw new AssertionError(e);
        }
    }
}
