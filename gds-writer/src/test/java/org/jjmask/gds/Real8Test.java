package org.jjmask.gds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Real8Test {

    /** Every row of the real8 table in GDSII.md. */
    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource({
        "1e-3, 3E 41 89 37 4B C6 A7 F0",
        "1e-9, 39 44 B8 2F A0 9B 5A 54",
        "1.0,  41 10 00 00 00 00 00 00",
        "0.5,  40 80 00 00 00 00 00 00",
        "-2.0, C1 20 00 00 00 00 00 00",
        "0.1,  40 19 99 99 99 99 99 9A",
    })
    void matchesTheTableBothWays(double value, String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex.replace(" ", ""));
        assertThat(Real8.encodeBytes(value)).isEqualTo(bytes);
        assertThat(Real8.decodeBytes(bytes, 0)).isEqualTo(value);
    }

    @Test
    void zeroIsAllZeroBytes() {
        assertThat(Real8.encode(0.0)).isZero();
        assertThat(Real8.encode(-0.0)).isZero();
        assertThat(Real8.decode(0L)).isZero();
        // a zero mantissa means zero whatever the exponent byte says
        assertThat(Real8.decode(0x7F00_0000_0000_0000L)).isZero();
    }

    @Test
    void refusesWhatReal8CannotHold() {
        assertThatThrownBy(() -> Real8.encode(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Real8.encode(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Real8.encode(1e80)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void largestAndSmallestMagnitudesRoundTrip() {
        double big = Math.scalb(1.0, 251); // 16^63 / 2: top of the range
        assertThat(Real8.decode(Real8.encode(big))).isEqualTo(big);
        double small = Math.scalb(1.0, -260); // 16^-65: smallest normalised real8
        assertThat(Real8.decode(Real8.encode(small))).isEqualTo(small);
        // below the normalised range: denormalised mantissa, then zero
        assertThat(Real8.decode(Real8.encode(Math.scalb(1.0, -300)))).isEqualTo(Math.scalb(1.0, -300));
        assertThat(Real8.encode(Math.scalb(1.0, -400))).isZero();
    }

    @Test
    void randomDoublesRoundTripExactly() {
        SplittableRandom random = new SplittableRandom(20240601);
        for (int i = 0; i < 200_000; i++) {
            // doubles spread over the whole real8 range, both signs
            double x = (random.nextDouble() - 0.5) * Math.scalb(1.0, random.nextInt(-250, 250));
            if (Math.abs(x) < Math.scalb(1.0, -260)) {
                continue; // below the normalised real8 range
            }
            long bits = Real8.encode(x);
            assertThat(Real8.decode(bits)).as("round trip of %s", x).isEqualTo(x);
            long mantissa = bits & 0x00FF_FFFF_FFFF_FFFFL;
            assertThat(mantissa).as("normalised mantissa of %s", x).isGreaterThanOrEqualTo(1L << 52);
        }
    }

    @Test
    void decodingArbitraryMantissasIsCorrectlyRounded() {
        SplittableRandom random = new SplittableRandom(7);
        BigDecimal sixteen = BigDecimal.valueOf(16);
        for (int i = 0; i < 20_000; i++) {
            long mantissa = random.nextLong(1L << 52, 1L << 56); // full 56 bits, beyond a double's 53
            int exponent = random.nextInt(-64, 64);
            long bits = ((long) (exponent + 64) << 56) | mantissa;
            double decoded = Real8.decode(bits);
            BigDecimal exact = new BigDecimal(mantissa).multiply(exponent >= 0
                ? sixteen.pow(exponent) : BigDecimal.ONE.divide(sixteen.pow(-exponent)))
                .divide(new BigDecimal(1L << 56));
            BigDecimal error = new BigDecimal(decoded).subtract(exact).abs()
                .divide(exact, MathContext.DECIMAL128);
            assertThat(error.doubleValue()).as("relative error for %x", bits).isLessThanOrEqualTo(Math.scalb(1.0, -53));
        }
    }
}
