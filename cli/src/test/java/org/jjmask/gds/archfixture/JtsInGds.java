package org.jjmask.gds.archfixture;

/** Breaks "gds-writer knows no JTS", for ArchitectureRulesCanFailTest. */
public final class JtsInGds {
    public double width(org.locationtech.jts.geom.Envelope e) {
        return e.getWidth();
    }
}
