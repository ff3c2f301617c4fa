package org.jjmask.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void printsTheShortestDecimalOfSixSignificantDigits() {
        assertThat(Numbers.format(238.8384)).isEqualTo("238.838");
        assertThat(Numbers.format(0.0512)).isEqualTo("0.0512");
        assertThat(Numbers.format(5.0)).isEqualTo("5");
        assertThat(Numbers.format(100)).isEqualTo("100");
        assertThat(Numbers.format(123456.7)).isEqualTo("123457");
        assertThat(Numbers.format(-0.00123456789)).isEqualTo("-0.00123457");
        assertThat(Numbers.format(0.0001)).isEqualTo("0.0001");
    }

    @Test
    void switchesToExponentsLikePercentGOutsideTheReadableRange() {
        assertThat(Numbers.format(1234567)).isEqualTo("1.23457e+06");
        assertThat(Numbers.format(1e6)).isEqualTo("1e+06");
        assertThat(Numbers.format(0.000012345)).isEqualTo("1.2345e-05");
        assertThat(Numbers.format(1.5e-16)).isEqualTo("1.5e-16");
        assertThat(Numbers.format(2.5e123)).isEqualTo("2.5e+123");
    }

    @Test
    void zeroAndNonFiniteValuesReadPlainly() {
        assertThat(Numbers.format(0.0)).isEqualTo("0");
        assertThat(Numbers.format(-0.0)).isEqualTo("0");
        assertThat(Numbers.format(Double.NaN)).isEqualTo("n/a");
        assertThat(Numbers.format(Double.POSITIVE_INFINITY)).isEqualTo("∞");
    }

    @Test
    void readsBackAsExactlyTheValueTheJsonCarries() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            double x = (rnd.nextBoolean() ? 1 : -1) * Math.pow(10, rnd.nextDouble(-20, 20)) * rnd.nextDouble(1, 10);
            String s = Numbers.format(x);
            assertThat(Double.parseDouble(s)).as(s).isEqualTo(Summary.sig(x));
            assertThat(Numbers.format(Summary.sig(x))).isEqualTo(s);
            // never more digits than the six the JSON keeps
            assertThat(s.replaceAll("e.*", "").replaceAll("[^0-9]", "").replaceAll("^0+", "").length())
                    .as(s).isLessThanOrEqualTo(6);
        }
    }

    @Test
    void ignoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Numbers.format(1234.5)).isEqualTo("1234.5");
            assertThat(Numbers.format(1.5e7)).isEqualTo("1.5e+07");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void countsAreExactAndPercentagesFollowTheSameRule() {
        assertThat(Numbers.count(1_234_567_890_123L)).isEqualTo("1234567890123");
        assertThat(Numbers.percent(-0.00115473)).isEqualTo("-0.115473");
    }

    @Test
    void durationsReadAsAPersonWouldSayThem() {
        assertThat(Numbers.duration(0.8412)).isEqualTo("0.841 s");
        assertThat(Numbers.duration(750)).isEqualTo("12.5 min");
        // EBEAM.md: 250 µC/cm² over 1 cm² at 2 nA
        assertThat(Numbers.duration(250e-6 / 2e-9)).isEqualTo("34.7 h");
    }

    @Test
    void aSpreadShowsTheMeanToTheSigmasTwoDigits() {
        assertThat(Numbers.spread(45.4298343895827, 7.6623756672183765)).isEqualTo("45.4 ± 7.7");
        assertThat(Numbers.spread(30.246429, 0.38175335)).isEqualTo("30.25 ± 0.38");
        assertThat(Numbers.spread(80, 0)).isEqualTo("80 ± 0");
        assertThat(Numbers.spread(1234.5, 160)).isEqualTo("1230 ± 160");
    }
}
