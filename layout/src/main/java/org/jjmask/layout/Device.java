package org.jjmask.layout;

import org.locationtech.jts.geom.Polygon;

/** A device template: the film outline (nm, device coordinates) the hole lattice fills. */
public sealed interface Device permits HallBar, PolygonDevice {

    /** The film outline in nm. */
    Polygon outline();

    /** The spec name of the template. */
    String typeName();
}
