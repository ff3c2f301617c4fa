package org.jjmask.physics.archfixture;

/** Breaks "physics knows no JTS", for ArchitectureRulesCanFailTest. */
public final class JtsInPhysics {
    public double x(org.locationtech.jts.geom.Coordinate c) {
        return c.x;
    }
}
