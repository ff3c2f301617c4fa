package org.jjmask.gds;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * Where BGNLIB/BGNSTR times come from: {@code SOURCE_DATE_EPOCH} (reproducible-builds.org) when
 * set, so the same design gives the same bytes; the current UTC time otherwise.
 */
public final class GdsTimestamps {

    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    private static final int MAX_YEAR = 9999;

    private GdsTimestamps() {
    }

    /** SOURCE_DATE_EPOCH as UTC when it is set and valid, else the current UTC time (whole seconds). */
    public static LocalDateTime fromEnvironment() {
        return fromEnvironment(System.getenv(), Clock.systemUTC());
    }

    /** {@link #fromEnvironment()} with the environment and clock given, for tests. */
    public static LocalDateTime fromEnvironment(Map<String, String> environment, Clock clock) {
        return fromEpochSeconds(environment.get(SOURCE_DATE_EPOCH))
            .orElseGet(() -> LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Parses a SOURCE_DATE_EPOCH value: a non-negative decimal integer of seconds since
     * 1970-01-01T00:00:00Z. Empty for null, blank, signs, fractions, garbage, or a time past
     * year 9999.
     */
    public static Optional<LocalDateTime> fromEpochSeconds(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.isEmpty() || v.length() > 18 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(v)), ZoneOffset.UTC);
            return t.getYear() > MAX_YEAR ? Optional.empty() : Optional.of(t);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
