package org.jjmask.cli;

import java.time.Instant;
import java.util.Map;

/** The time stamped into outputs: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
final class BuildTime {

    private BuildTime() {}

    static Instant from(Map<String, String> env) throws UserError {
        String s = env.get("SOURCE_DATE_EPOCH");
        if (s == null || s.isBlank()) {
            return Instant.ofEpochSecond(Instant.now().getEpochSecond());
        }
        try {
            long seconds = Long.parseLong(s.trim());
            // GDS stores years as int16 and old readers take years below 1900 as offsets
            if (seconds < 0 || seconds > 253_402_300_799L) {
                throw new UserError("SOURCE_DATE_EPOCH=" + s + " is outside 1970..9999");
            }
            return Instant.ofEpochSecond(seconds);
        } catch (NumberFormatException e) {
            throw new UserError("SOURCE_DATE_EPOCH='" + s + "' is not a whole number of seconds");
        }
    }
}
