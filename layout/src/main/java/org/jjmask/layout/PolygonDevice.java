package org.jjmask.layout;

import org.locationtech.jts.geom.Polygon;

/** A custom outline, given as a polygon in nm. */
public record PolygonDevice(Polygon outline) implements Device {

    public PolygonDevice {
        outline = (Polygon) outline.copy();
    }

    @Override
    public Polygon outline() {
        return (Polygon) outline.copy();
    }

    @Override
    public String typeName() {
        return "polygon";
    }
}
