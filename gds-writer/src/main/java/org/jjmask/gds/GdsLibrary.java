package org.jjmask.gds;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole GDSII library as read.
 *
 * @param userUnitsPerDbu database unit in user units (UNITS, first value)
 * @param metresPerDbu database unit in metres (UNITS, second value)
 * @param notes what the reader skipped or repaired (vendor records, fixed-up years, ...), one
 *     line each; empty for a clean file
 * @param modified BGNLIB modification time (years below 1900 already fixed up)
 */
public record GdsLibrary(String name, double userUnitsPerDbu, double metresPerDbu, List<GdsCell> cells,
                         List<String> notes, LocalDateTime modified) {

    /** Stands in for a missing or unreadable BGNLIB time. */
    public static final LocalDateTime NO_TIME = LocalDateTime.of(1970, 1, 1, 0, 0);

    public GdsLibrary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modified, "modified");
        cells = List.copyOf(cells);
        notes = List.copyOf(notes);
    }

    public GdsLibrary(String name, double userUnitsPerDbu, double metresPerDbu, List<GdsCell> cells) {
        this(name, userUnitsPerDbu, metresPerDbu, cells, List.of(), NO_TIME);
    }

    public Optional<GdsCell> cell(String cellName) {
        for (GdsCell c : cells) {
            if (c.name().equals(cellName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Database unit in micrometres (what KLayout calls dbu). */
    public double dbuUm() {
        return metresPerDbu * 1e6;
    }
}
