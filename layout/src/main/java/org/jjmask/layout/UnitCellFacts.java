package org.jjmask.layout;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Geometry facts of the written lattice that the physics needs, per hole: nearest-hole distance,
 * neck width, plaquette (Voronoi cell) area, porosity, film area per island. All in nm / nm².
 * Computed from the written super-cell and the written hole polygon, so grid rounding is included.
 *
 * <p>{@code holeDiameterNm} is the nominal {@code hole_diameter_nm} (width along x);
 * {@code holeEquivalentDiameterNm} is the diameter of the circle with the ideal shape's area —
 * the nominal diameter for a circle, √(2√3/π)·D for a hexagon, 2D/√π for a square, D·√aspect for
 * an ellipse — the D the physics takes. Hole area and porosity are of the written polygon.
 */
public record UnitCellFacts(LatticeType lattice, double pitchWrittenNm, double holeDiameterNm, double holeAreaNm2,
        double neckWidthNm, double plaquetteAreaNm2, double porosity, double islandAreaNm2,
        double holeEquivalentDiameterNm) {

    public static UnitCellFacts of(GridLattice lattice, HoleShape hole, double dbuNm) {
        double a = lattice.nearestDistance() * dbuNm;
        double holeArea = hole.area() * dbuNm * dbuNm;
        double plaquette = lattice.areaPerHole() * dbuNm * dbuNm;
        double neck = narrowestNeck(lattice, hole) * dbuNm;
        double island = (plaquette - holeArea) / lattice.type().islandsPerHole();
        return new UnitCellFacts(lattice.type(), a, hole.diameterNm(), holeArea, neck, plaquette, holeArea / plaquette,
                island, hole.ideal().equivalentDiameterNm());
    }

    /**
     * The narrowest film between two neighbouring written polygons, dbu: the polygon-to-polygon
     * distance over every neighbour bond (rounding makes bonds differ by a grid step), negative
     * when the polygons overlap.
     */
    static double narrowestNeck(GridLattice lattice, HoleShape hole) {
        Polygon p = polygon(hole);
        double best = Double.MAX_VALUE;
        for (long[] bond : bonds(lattice)) {
            best = Math.min(best, neckAlong(p, bond));
        }
        return best;
    }

    /** The written hole polygon centred on the origin, dbu. */
    public static Polygon polygon(HoleShape hole) {
        GeometryFactory gf = new GeometryFactory();
        int[] xy = hole.xy();
        Coordinate[] ring = new Coordinate[xy.length / 2 + 1];
        for (int k = 0; k < xy.length / 2; k++) {
            ring[k] = new Coordinate(xy[2 * k], xy[2 * k + 1]);
        }
        ring[ring.length - 1] = ring[0];
        return gf.createPolygon(ring);
    }

    /**
     * The film between the written polygon {@code p} and its copy moved by {@code bond} (dbu):
     * the polygon-to-polygon distance, negative (the interpenetration along the bond) when they overlap.
     */
    public static double neckAlong(Polygon p, long[] bond) {
        Polygon q = (Polygon) AffineTransformation.translationInstance(bond[0], bond[1]).transform(p);
        return p.intersects(q) ? -overlapDepth(p, q, bond) : p.distance(q);
    }

    /** How far two overlapping holes interpenetrate along their bond (for a negative neck). */
    private static double overlapDepth(Polygon p, Polygon q, long[] bond) {
        double len = Math.hypot(bond[0], bond[1]);
        double ext = 0;
        for (Coordinate c : p.getCoordinates()) {
            ext = Math.max(ext, (c.x * bond[0] + c.y * bond[1]) / len);
        }
        return 2 * ext - len;
    }

    /** Vectors from each basis hole to its nearest neighbours (within 2 % of the nearest distance). */
    public static List<long[]> bonds(GridLattice lattice) {
        double nearest = lattice.nearestDistance();
        List<long[]> out = new ArrayList<>();
        for (long[] b1 : lattice.basis()) {
            for (long[] b2 : lattice.basis()) {
                for (int i = -1; i <= 1; i++) {
                    for (int j = -1; j <= 1; j++) {
                        long dx = b2[0] + i * lattice.cellX() - b1[0];
                        long dy = b2[1] + j * lattice.cellY() - b1[1];
                        double d = Math.hypot(dx, dy);
                        if (d > 0 && d <= nearest * 1.02) {
                            out.add(new long[] {dx, dy});
                        }
                    }
                }
            }
        }
        return out;
    }
}
