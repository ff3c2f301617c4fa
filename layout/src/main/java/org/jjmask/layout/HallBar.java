package org.jjmask.layout;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * A Hall bar: a channel {@code length × width} centred on the origin along x, with
 * {@code armPairs} pairs of voltage arms on both long edges, evenly spaced along the channel.
 * Current flows in and out through the channel's ends. With {@code padSizeUm > 0} a square pad of
 * film (and contact metal, {@link #pads}) sits beyond every arm tip and each channel end. The
 * lattice fills the channel, and the arms too when {@code patternArms}.
 */
public record HallBar(double lengthUm, double widthUm, int armPairs, double armWidthUm, double armLengthUm,
        double padSizeUm, boolean patternArms) implements Device {

    /** Without pads, arms patterned (the template before pads). */
    public HallBar(double lengthUm, double widthUm, int armPairs, double armWidthUm, double armLengthUm) {
        this(lengthUm, widthUm, armPairs, armWidthUm, armLengthUm, 0, true);
    }

    @Override
    public String typeName() {
        return "hallbar";
    }

    /** Centres of the arms along x, in µm. */
    public double[] armPositionsUm() {
        double[] x = new double[armPairs];
        for (int k = 0; k < armPairs; k++) {
            x[k] = -lengthUm / 2 + lengthUm * (k + 1) / (armPairs + 1);
        }
        return x;
    }

    /** Channel and arms, without pads. */
    private Polygon body() {
        GeometryFactory gf = new GeometryFactory();
        double l = lengthUm * 1000;
        double w = widthUm * 1000;
        List<Geometry> parts = new ArrayList<>();
        parts.add(rect(gf, -l / 2, -w / 2, l / 2, w / 2));
        double aw = armWidthUm * 1000;
        double al = armLengthUm * 1000;
        for (double xc : armPositionsUm()) {
            double x = xc * 1000;
            parts.add(rect(gf, x - aw / 2, w / 2, x + aw / 2, w / 2 + al));
            parts.add(rect(gf, x - aw / 2, -w / 2 - al, x + aw / 2, -w / 2));
        }
        Geometry union = UnaryUnionOp.union(parts);
        return (Polygon) union.norm();
    }

    @Override
    public Polygon outline() {
        List<Polygon> pads = pads();
        if (pads.isEmpty()) {
            return body();
        }
        List<Polygon> parts = new ArrayList<>(pads);
        parts.add(body());
        return Shapes.union(parts);
    }

    /** The channel rectangle, nm. */
    public Polygon channel() {
        double l = lengthUm * 1000;
        double w = widthUm * 1000;
        return Shapes.rect(-l / 2, -w / 2, l / 2, w / 2);
    }

    @Override
    public Geometry fillRegion() {
        return patternArms ? body() : channel();
    }

    @Override
    public List<Polygon> pads() {
        if (padSizeUm <= 0) {
            return List.of();
        }
        double p = padSizeUm * 1000;
        double l = lengthUm * 1000;
        double w = widthUm * 1000;
        double tip = w / 2 + armLengthUm * 1000;
        List<Polygon> pads = new ArrayList<>();
        pads.add(Shapes.square(-l / 2 - p / 2, 0, p));
        pads.add(Shapes.square(l / 2 + p / 2, 0, p));
        for (double xc : armPositionsUm()) {
            pads.add(Shapes.square(xc * 1000, tip + p / 2, p));
            pads.add(Shapes.square(xc * 1000, -tip - p / 2, p));
        }
        return List.copyOf(pads);
    }

    static Polygon rect(GeometryFactory gf, double x0, double y0, double x1, double y1) {
        return gf.createPolygon(new Coordinate[] {
            new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1),
            new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }
}
