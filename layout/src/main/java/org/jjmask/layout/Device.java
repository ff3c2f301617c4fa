package org.jjmask.layout;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A device template: the film outline (nm, device coordinates), where the hole lattice goes and
 * the contact pads. The lattice fills {@code fillRegion ∩ outline}, minus the pads grown by the
 * contact keep-out, with every hole at least the edge margin from that area's edges
 * ({@link Layout#fillArea}).
 */
public sealed interface Device permits HallBar, Bridge, Cross, Corbino, PolygonDevice {

    /** The film outline in nm; may have interior rings (the Corbino disk's annulus). */
    Polygon outline();

    /** Where the template puts the lattice, nm; the outline itself unless the template says otherwise. */
    default Geometry fillRegion() {
        return outline();
    }

    /** Contact pads in nm (written on the pads layer); none by default. */
    default List<Polygon> pads() {
        return List.of();
    }

    /** The spec name of the template. */
    String typeName();
}
