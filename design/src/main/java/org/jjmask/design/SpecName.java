package org.jjmask.design;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A closed family's member as the spec and the JSON spell it ({@code kulik_omelyanchuk}). */
public interface SpecName {

    String specName();

    /** The member spelled {@code name}, exactly. */
    static <E extends Enum<E> & SpecName> Optional<E> byName(Class<E> family, String name) {
        return Arrays.stream(family.getEnumConstants()).filter(e -> e.specName().equals(name)).findFirst();
    }

    /** Every member's spelling, in declaration order. */
    static <E extends Enum<E> & SpecName> List<String> names(Class<E> family) {
        return Arrays.stream(family.getEnumConstants()).map(SpecName::specName).toList();
    }
}
