package org.jjmask.layout;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jjmask.layout.GeometryTestCase.checkEqual;
import static org.jjmask.layout.GeometryTestCase.read;
import static org.jjmask.layout.GeometryTestCase.readPolygon;

import org.junit.jupiter.api.Test;

/** The helper's own contract: equal up to ring start and orientation, and nothing looser. */
class GeometryTestCaseTest {

    @Test
    void ringStartAndOrientationDoNotMatter() {
        checkEqual(read("POLYGON ((0 0, 10 0, 10 5, 0 5, 0 0))"), read("POLYGON ((10 5, 10 0, 0 0, 0 5, 10 5))"));
        checkEqual(read("MULTIPOINT ((1 1), (0 0))"), read("MULTIPOINT ((0 0), (1.0000001 1))"), 1e-6);
    }

    @Test
    void anotherVertexOrACoordinateBeyondTheToleranceFails() {
        assertThatThrownBy(() -> checkEqual(read("POLYGON ((0 0, 10 0, 10 5, 0 5, 0 0))"),
                read("POLYGON ((0 0, 5 0, 10 0, 10 5, 0 5, 0 0))"))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected: POLYGON ((0 0, 0 5, 10 5, 10 0, 0 0))");
        assertThatThrownBy(() -> checkEqual(read("POINT (0 0)"), read("POINT (0 1e-5)"), 1e-6))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> readPolygon("LINESTRING (0 0, 1 1)")).hasMessage("not a POLYGON: LINESTRING (0 0, 1 1)");
        assertThatThrownBy(() -> read("POLYGON ((0 0")).hasMessageStartingWith("bad WKT in a test");
    }
}
