package org.jjmask.layout;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A Corbino disk centred on the origin: the lattice fills the annulus {@code inner < ρ < outer}
 * between an inner contact disc of radius {@code inner} and an outer ring contact from
 * {@code outer} to {@code outer + contactWidth}. The film is the annulus from
 * {@code inner − contactWidth} to {@code outer + contactWidth}, so each contact overlaps it by
 * {@code contactWidth}; the film's hole is written as hole-free pieces. Circles are inscribed
 * polygons within {@value Shapes#CIRCLE_SAGITTA_NM} nm of the circle.
 */
public record Corbino(double innerRadiusUm, double outerRadiusUm, double contactWidthUm) implements Device {

    @Override
    public String typeName() {
        return "corbino";
    }

    /** Vertices of every circle of the template (that of the largest, so all share the angles). */
    public int vertices() {
        return Shapes.circleVertices((outerRadiusUm + contactWidthUm) * 1000);
    }

    @Override
    public Polygon outline() {
        return Shapes.annulus((innerRadiusUm - contactWidthUm) * 1000, (outerRadiusUm + contactWidthUm) * 1000, vertices());
    }

    @Override
    public Geometry fillRegion() {
        return Shapes.annulus(innerRadiusUm * 1000, outerRadiusUm * 1000, vertices());
    }

    @Override
    public List<Polygon> pads() {
        return List.of(Shapes.disc(innerRadiusUm * 1000, vertices()),
                Shapes.annulus(outerRadiusUm * 1000, (outerRadiusUm + contactWidthUm) * 1000, vertices()));
    }
}
