package org.jjmask.exposure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** {@code ebeam.correction}: none, per-hole dose classes, or per-hole size bias at one dose. */
public enum CorrectionMode {
    NONE, DOSE, SIZE;

    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CorrectionMode> fromSpecName(String name) {
        return Arrays.stream(values()).filter(m -> m.specName().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
