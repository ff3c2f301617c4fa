package org.jjmask.layout;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A cross (van der Pauw / Greek cross): two strips of {@code width} crossing at the origin, each
 * arm reaching {@code armLength} beyond the central {@code width × width} square; with
 * {@code padSize > 0} a square pad (film and contact metal) beyond each of the four tips. The
 * lattice fills the central square only.
 */
public record Cross(double armLengthUm, double widthUm, double padSizeUm) implements Device {

    @Override
    public String typeName() {
        return "cross";
    }

    @Override
    public Polygon outline() {
        double h = (widthUm / 2 + armLengthUm) * 1000;
        double w = widthUm * 1000;
        List<Polygon> parts = new ArrayList<>(pads());
        parts.add(Shapes.rect(-h, -w / 2, h, w / 2));
        parts.add(Shapes.rect(-w / 2, -h, w / 2, h));
        return Shapes.union(parts);
    }

    @Override
    public Geometry fillRegion() {
        return Shapes.square(0, 0, widthUm * 1000);
    }

    @Override
    public List<Polygon> pads() {
        if (padSizeUm <= 0) {
            return List.of();
        }
        double c = (widthUm / 2 + armLengthUm + padSizeUm / 2) * 1000;
        double p = padSizeUm * 1000;
        return List.of(Shapes.square(c, 0, p), Shapes.square(0, c, p), Shapes.square(-c, 0, p), Shapes.square(0, -c, p));
    }
}
