package org.jjmask.gds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GdsTimestampsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2031-02-03T04:05:06.789Z"), ZoneOffset.UTC);

    @Test
    void sourceDateEpochIsUtc() {
        assertThat(GdsTimestamps.fromEpochSeconds("0")).contains(LocalDateTime.of(1970, 1, 1, 0, 0, 0));
        assertThat(GdsTimestamps.fromEpochSeconds("1700000000")).contains(LocalDateTime.of(2023, 11, 14, 22, 13, 20));
        assertThat(GdsTimestamps.fromEpochSeconds(" 1700000000\n")).contains(LocalDateTime.of(2023, 11, 14, 22, 13, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-1", "+5", "1.5", "1e9", "abc", "999999999999999999", "253402300800"})
    void invalidValuesAreIgnored(String value) {
        assertThat(GdsTimestamps.fromEpochSeconds(value)).isEmpty();
    }

    @Test
    void nullIsIgnored() {
        assertThat(GdsTimestamps.fromEpochSeconds(null)).isEmpty();
    }

    @Test
    void environmentWinsOverTheClock() {
        assertThat(GdsTimestamps.fromEnvironment(Map.of("SOURCE_DATE_EPOCH", "86400"), NOW))
            .isEqualTo(LocalDateTime.of(1970, 1, 2, 0, 0, 0));
    }

    @Test
    void withoutItTheCurrentUtcTimeToTheSecond() {
        assertThat(GdsTimestamps.fromEnvironment(Map.of(), NOW)).isEqualTo(LocalDateTime.of(2031, 2, 3, 4, 5, 6));
        assertThat(GdsTimestamps.fromEnvironment(Map.of("SOURCE_DATE_EPOCH", "garbage"), NOW))
            .isEqualTo(LocalDateTime.of(2031, 2, 3, 4, 5, 6));
    }

    @Test
    void fromTheRealEnvironmentIsAUsableTime() {
        LocalDateTime t = GdsTimestamps.fromEnvironment();
        String env = System.getenv("SOURCE_DATE_EPOCH");
        if (GdsTimestamps.fromEpochSeconds(env).isPresent()) {
            assertThat(t).isEqualTo(GdsTimestamps.fromEpochSeconds(env).orElseThrow());
        } else {
            assertThat(t.getYear()).isGreaterThanOrEqualTo(2024);
            assertThat(t.getNano()).isZero();
        }
    }
}
