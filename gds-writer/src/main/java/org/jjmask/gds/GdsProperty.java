package org.jjmask.gds;

import java.util.Objects;

/** A PROPATTR/PROPVALUE pair attached to an element. */
public record GdsProperty(int attribute, String value) {
    public GdsProperty {
        Objects.requireNonNull(value, "value");
    }
}
