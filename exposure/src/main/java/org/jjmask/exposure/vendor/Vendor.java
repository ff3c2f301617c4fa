package org.jjmask.exposure.vendor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jjmask.exposure.DoseClass;

/**
 * {@code ebeam.vendor}: how a dose class reaches the machine. Raith reads the dose factor from the
 * GDS datatype itself; the others read a datatype as a class index and take the dose from a
 * table beside the GDS (JEOL {@code MODULAT} in a {@code .jdi}, NCS {@code [index, %]}, NPGS a
 * dose per layer in the run file, generic a CSV). EBEAM.md lists the sources.
 */
public enum Vendor {
    RAITH, JEOL, NCS, NPGS, GENERIC;

    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Vendor> fromSpecName(String name) {
        return Arrays.stream(values()).filter(v -> v.specName().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The GDS datatype a class is written with. */
    public int datatype(DoseClass c) {
        return this == RAITH ? Raith.datatype(c.doseFactor()) : c.rank();
    }

    /** The dose factor the machine will apply for the class (after the vendor's own rounding). */
    public double realisedFactor(DoseClass c) {
        return switch (this) {
            case RAITH -> Raith.doseFactor(Raith.datatype(c.doseFactor()));
            case JEOL -> Jeol.factor(Jeol.modulation(c.doseFactor()));
            case NCS -> Ncs.factor(Ncs.percent(c.doseFactor()));
            case NPGS, GENERIC -> c.doseFactor();
        };
    }
}
