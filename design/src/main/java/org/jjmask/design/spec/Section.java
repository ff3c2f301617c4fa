package org.jjmask.design.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A declared section of the spec: its keys in the order a reader documents them. A family
 * (the device types) is one section per member, told apart by the value of {@code discriminator};
 * {@link #union} is what any member may hold, the shape checked before the member is known.
 *
 * @param name  the YAML key of the section ("" for the document)
 * @param doc   one line on what it is
 * @param keys  its keys
 * @param family the members when this is a family (each with the discriminator as a key), else empty
 * @param discriminator the key that picks the member of a family
 */
public record Section(String name, String doc, List<Key> keys, List<Section> family, String discriminator) {

    public Section {
        keys = List.copyOf(keys);
        family = List.copyOf(family);
    }

    public static Section of(String name, String doc, Key... keys) {
        return new Section(name, doc, List.of(keys), List.of(), "");
    }

    /** A family of sections under one name, told apart by {@code discriminator}; its keys are their union. */
    public static Section family(String name, String doc, String discriminator, List<Section> members) {
        List<Key> union = new ArrayList<>();
        for (Section m : members) {
            for (Key k : m.keys()) {
                if (union.stream().noneMatch(u -> u.name().equals(k.name()))) {
                    union.add(k);
                }
            }
        }
        return new Section(name, doc, union, members, discriminator);
    }

    public Optional<Key> key(String keyName) {
        return keys.stream().filter(k -> k.name().equals(keyName)).findFirst();
    }

    public List<String> keyNames() {
        return keys.stream().map(Key::name).toList();
    }

    public boolean isFamily() {
        return !family.isEmpty();
    }
}
