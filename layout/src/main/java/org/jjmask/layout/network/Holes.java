package org.jjmask.layout.network;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.Layout;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Hole lists for the extractor: from a written lattice, from a layout, with variation. */
public final class Holes {

    private static final GeometryFactory GF = new GeometryFactory();

    private Holes() {
    }

    /**
     * A patch of {@code cellsX × cellsY} super-cells of the written lattice (positions exactly as
     * written, {@code (basis + (i·cellX, j·cellY))·dbuNm}) and the rectangle around it: the bounding
     * box of the centres grown by half a pitch on every side.
     */
    public static HolePatch patch(GridLattice lattice, double diameterNm, double dbuNm, int cellsX, int cellsY) {
        if (cellsX <= 0 || cellsY <= 0) {
            throw new IllegalArgumentException("patch needs at least one super-cell: " + cellsX + " x " + cellsY);
        }
        List<Hole> holes = new ArrayList<>(cellsX * cellsY * lattice.basis().size());
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (int j = 0; j < cellsY; j++) {
            for (int i = 0; i < cellsX; i++) {
                for (long[] b : lattice.basis()) {
                    Hole h = new Hole((b[0] + i * lattice.cellX()) * dbuNm, (b[1] + j * lattice.cellY()) * dbuNm,
                            diameterNm);
                    holes.add(h);
                    x0 = Math.min(x0, h.xNm());
                    y0 = Math.min(y0, h.yNm());
                    x1 = Math.max(x1, h.xNm());
                    y1 = Math.max(y1, h.yNm());
                }
            }
        }
        double m = lattice.pitchNm() / 2;
        return new HolePatch(holes, rectangle(x0 - m, y0 - m, x1 + m, y1 + m));
    }

    /**
     * Every hole of a layout, nm, with the diameter of the circle of the written polygon's area
     * ({@code HoleShape.equivalentDiameter}).
     */
    public static List<Hole> of(Layout layout) {
        double d = layout.hole().equivalentDiameter() * layout.dbuNm();
        List<Hole> out = new ArrayList<>();
        for (double[] c : layout.holeCentresNm(layout.holeBoundsNm())) {
            out.add(new Hole(c[0], c[1], d));
        }
        return out;
    }

    /**
     * The holes with seeded Gaussian variation: each centre moved by N(0, σ_pos) in x and in y, each
     * diameter changed by N(0, σ_D) (clamped at 0). The same seed gives the same holes.
     */
    public static List<Hole> jitter(List<Hole> holes, double sigmaPositionNm, double sigmaDiameterNm, long seed) {
        if (!(sigmaPositionNm >= 0) || !(sigmaDiameterNm >= 0)) {
            throw new IllegalArgumentException("sigmas must be non-negative: " + sigmaPositionNm + ", "
                    + sigmaDiameterNm);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<Hole> out = new ArrayList<>(holes.size());
        for (Hole h : holes) {
            double dx = sigmaPositionNm * rng.nextGaussian();
            double dy = sigmaPositionNm * rng.nextGaussian();
            double dd = sigmaDiameterNm * rng.nextGaussian();
            out.add(new Hole(h.xNm() + dx, h.yNm() + dy, Math.max(0.0, h.diameterNm() + dd)));
        }
        return out;
    }

    /** The axis-aligned rectangle {@code [x0, x1] × [y0, y1]}, nm. */
    public static Polygon rectangle(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }
}
