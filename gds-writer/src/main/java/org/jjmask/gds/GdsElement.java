package org.jjmask.gds;

import java.util.List;

/** One element of a cell, as stored in the stream. Coordinates are database units. */
public sealed interface GdsElement permits PointElement, SRef, ARef, Text {

    /** PROPATTR/PROPVALUE pairs in file order; empty when there are none. */
    List<GdsProperty> properties();
}
