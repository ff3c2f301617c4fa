package org.jjmask.gds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    void elementsWithTheSamePointsAreEqualAndTheArrayIsCopiedBothWays() {
        int[] xy = {0, 0, 10, 0, 10, 5, 0, 0};
        Boundary a = new Boundary(1, 0, xy);
        xy[2] = 99;  // the caller's array changes after construction
        Boundary b = new Boundary(1, 0, new int[] {0, 0, 10, 0, 10, 5, 0, 0});
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new Boundary(1, 0, new int[] {0, 0, 10, 0, 10, 6, 0, 0}));
        assertThat(a).isNotEqualTo(new Boundary(2, 0, new int[] {0, 0, 10, 0, 10, 5, 0, 0}));
        a.xy()[0] = 7;  // nor does the copy handed out
        assertThat(a.x(0)).isZero();
        assertThat(a.pointCount()).isEqualTo(4);
        assertThat(a.y(2)).isEqualTo(5);

        Path p = new Path(1, 0, 0, 20, new int[] {0, 0, 10, 0});
        assertThat(p).isEqualTo(new Path(1, 0, 0, 20, new int[] {0, 0, 10, 0}))
                .isNotEqualTo(new Path(1, 0, 0, 21, new int[] {0, 0, 10, 0}));
        Box box = new Box(3, 1, new int[] {0, 0, 4, 0, 4, 4, 0, 4, 0, 0}, List.of());
        assertThat(box.points()).isEqualTo(Points.of(new int[] {0, 0, 4, 0, 4, 4, 0, 4, 0, 0}));
        assertThat(box.toString()).isEqualTo("Box[3/1 [0,0 4,0 4,4 0,4 0,0]]");
    }

    @Test
    void boundsHoldEveryPointAndTheLongFormIsShortened() {
        Points p = Points.of(new int[] {5, -3, -2, 8, 7, 1});
        assertThat(p.bounds()).isEqualTo(new Points.Bounds(-2, -3, 7, 8));
        assertThat(Points.of(new int[] {4, 4}).bounds()).isEqualTo(new Points.Bounds(4, 4, 4, 4));
        int[] many = new int[2 * 20];
        assertThat(Points.of(many).toString()).endsWith("... 20 points]");
    }

    @Test
    void refusesOddOrEmptyArraysNamingTheElement() {
        assertThatThrownBy(() -> new Boundary(1, 0, new int[] {0, 0, 1})).hasMessage("BOUNDARY xy has odd length 3");
        assertThatThrownBy(() -> new Path(1, 0, 0, 1, new int[0])).hasMessage("PATH needs at least 1 points, got 0");
        assertThatThrownBy(() -> Points.of(null)).isInstanceOf(NullPointerException.class);
    }
}
