package org.jjmask.layout;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A bridge: a narrow strip {@code length × width} centred on the origin along x, widening through
 * linear tapers of {@code taperLength} to square pads of side {@code padSize} at both ends (the
 * pads are film and contact metal). The lattice fills the bridge only.
 */
public record Bridge(double lengthUm, double widthUm, double taperLengthUm, double padSizeUm) implements Device {

    @Override
    public String typeName() {
        return "bridge";
    }

    @Override
    public Polygon outline() {
        double l = lengthUm * 1000;
        double w = widthUm * 1000;
        double t = taperLengthUm * 1000;
        double p = padSizeUm * 1000;
        List<Polygon> parts = new ArrayList<>(pads());
        parts.add(Shapes.rect(-l / 2, -w / 2, l / 2, w / 2));
        if (t > 0) {
            parts.add(Shapes.polygon(l / 2, -w / 2, l / 2 + t, -p / 2, l / 2 + t, p / 2, l / 2, w / 2));
            parts.add(Shapes.polygon(-l / 2, -w / 2, -l / 2, w / 2, -l / 2 - t, p / 2, -l / 2 - t, -p / 2));
        }
        return Shapes.union(parts);
    }

    @Override
    public Geometry fillRegion() {
        double l = lengthUm * 1000;
        double w = widthUm * 1000;
        return Shapes.rect(-l / 2, -w / 2, l / 2, w / 2);
    }

    @Override
    public List<Polygon> pads() {
        double x = (lengthUm / 2 + taperLengthUm + padSizeUm / 2) * 1000;
        double p = padSizeUm * 1000;
        return List.of(Shapes.square(-x, 0, p), Shapes.square(x, 0, p));
    }
}
