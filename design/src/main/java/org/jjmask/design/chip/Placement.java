package org.jjmask.design.chip;

import org.jjmask.layout.Annotations;
import org.locationtech.jts.geom.Envelope;

/**
 * Where one device sits on the die, nm in chip coordinates: the translation of its cell's SREF
 * (whole database units), its matrix cell, the bounding box of what it writes once placed, and
 * its label (none when the chip has no label template).
 */
public record Placement(long offsetXNm, long offsetYNm, Envelope cellNm, Envelope boundsNm,
        java.util.Optional<Annotations.Label> label) {

    /** The cell's centre, µm: where the device is centred. */
    public double xUm() {
        return cellNm.centre().x / 1000;
    }

    public double yUm() {
        return cellNm.centre().y / 1000;
    }
}
