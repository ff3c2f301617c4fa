package org.jjmask.layout;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Negative tone: the film to expose is the outline minus the holes. Over the interior the film is
 * periodic, so one super-cell of it is cut into hole-free pieces once and placed by orthogonal
 * arrays wherever every hole touching a super-cell is a written hole; along the edges the film
 * is cut out chunk by chunk from the outline and the written holes and fractured flat. Memory and
 * file size follow the edge length, not the number of holes.
 */
public final class FilmTiling {

    /** Side of the square chunks the edge band is cut into, dbu: bounds each JTS difference. */
    static final double CHUNK = 4000;

    private static final GeometryFactory GF = new GeometryFactory();

    private FilmTiling() {}

    public static FilmLayout of(Layout layout) {
        double dbu = layout.dbuNm();
        GridLattice lattice = layout.lattice();
        long cx = lattice.cellX();
        long cy = lattice.cellY();
        double r = layout.hole().circumradius();
        Geometry outline = LatticeFill.scale(layout.outlineNm(), 1 / dbu);

        // the film of one super-cell [0,cx]×[0,cy], holes of the neighbouring cells included
        Polygon tile = Fracture.rect(0, 0, cx, cy);
        List<Geometry> tileHoles = new ArrayList<>();
        int reach = (int) Math.ceil(r / Math.min(cx, cy)) + 1;
        for (long[] b : lattice.basis()) {
            for (int p = -reach; p <= reach; p++) {
                for (int q = -reach; q <= reach; q++) {
                    Polygon h = hole(layout.hole(), b[0] + p * cx, b[1] + q * cy);
                    if (h.intersects(tile)) {
                        tileHoles.add(h);
                    }
                }
            }
        }
        Geometry tileFilm = tile.difference(UnaryUnionOp.union(tileHoles));
        List<int[]> tilePieces = Fracture.holeFree(tileFilm);

        // super-cells whose every touching hole is written: centre at least margin + 2r + half a
        // diagonal from the fill area's edges, so every hole within r of the cell has its centre at least
        // margin + r from it — the fill's own rule, which then wrote it
        long hx = cx / 2;
        long hy = cy / 2;
        GridLattice tiles = new GridLattice(lattice.type(), lattice.pitchNm(), cx, cy, List.of(new long[] {hx, hy}));
        double halfDiagonal = Math.hypot(cx - hx, cy - hy);
        double margin = layout.marginNm() + (2 * r + halfDiagonal + 1) * dbu;
        List<HoleArray> centres = LatticeFill.fill(layout.fillAreaNm(), tiles, new HoleShape(0, 3, new int[6]), margin, dbu);
        List<HoleArray> tileArrays = new ArrayList<>();
        List<Geometry> tiled = new ArrayList<>();
        for (HoleArray a : centres) {
            HoleArray anchored = new HoleArray(a.x() - hx, a.y() - hy, a.columns(), a.rows(), cx, cy);
            tileArrays.add(anchored);
            tiled.add(Fracture.rect(anchored.x(), anchored.y(), anchored.x() + a.columns() * cx,
                    anchored.y() + a.rows() * cy));
        }

        // the rest of the outline, chunk by chunk, minus the written holes there
        Geometry edge = tiled.isEmpty() ? outline : outline.difference(UnaryUnionOp.union(tiled));
        List<int[]> edgePieces = new ArrayList<>();
        double edgeArea = 0;
        if (!edge.isEmpty()) {
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(edge);
            Envelope env = edge.getEnvelopeInternal();
            for (double y = Math.floor(env.getMinY()); y < env.getMaxY(); y += CHUNK) {
                for (double x = Math.floor(env.getMinX()); x < env.getMaxX(); x += CHUNK) {
                    Polygon chunk = Fracture.rect(x, y, x + CHUNK, y + CHUNK);
                    if (!prepared.intersects(chunk)) {
                        continue;
                    }
                    // keep the area only: a chunk touching the edge along a line or at a point adds those
                    Geometry part = polygonal(edge.intersection(chunk));
                    Envelope window = new Envelope(x - r, x + CHUNK + r, y - r, y + CHUNK + r);
                    List<Geometry> holes = new ArrayList<>();
                    Envelope windowNm = new Envelope(window.getMinX() * dbu, window.getMaxX() * dbu,
                            window.getMinY() * dbu, window.getMaxY() * dbu);
                    for (double[] c : layout.holeCentresNm(windowNm)) {
                        holes.add(hole(layout.hole(), Math.round(c[0] / dbu), Math.round(c[1] / dbu)));
                    }
                    Geometry film = holes.isEmpty() ? part : part.difference(UnaryUnionOp.union(holes));
                    for (int[] piece : Fracture.holeFree(film)) {
                        edgePieces.add(piece);
                        edgeArea += area(piece);
                    }
                }
            }
        }
        double tileArea = tilePieces.stream().mapToDouble(FilmTiling::area).sum();
        return new FilmLayout(tilePieces, tileArrays, edgePieces, tileArea * LatticeFill.count(tileArrays) + edgeArea);
    }

    /** The polygons of {@code g}, dropping lines and points a collection may carry. */
    static Geometry polygonal(Geometry g) {
        if (g instanceof Polygon || g instanceof org.locationtech.jts.geom.MultiPolygon) {
            return g;
        }
        List<Polygon> polys = new ArrayList<>();
        for (Object p : org.locationtech.jts.geom.util.PolygonExtracter.getPolygons(g)) {
            polys.add((Polygon) p);
        }
        return GF.createMultiPolygon(polys.toArray(new Polygon[0]));
    }

    static Polygon hole(HoleShape shape, long x, long y) {
        int[] xy = shape.xy();
        Coordinate[] ring = new Coordinate[xy.length / 2 + 1];
        for (int k = 0; k < xy.length / 2; k++) {
            ring[k] = new Coordinate(xy[2 * k] + x, xy[2 * k + 1] + y);
        }
        ring[ring.length - 1] = ring[0];
        return GF.createPolygon(ring);
    }

    static double area(int[] ring) {
        double s = 0;
        int n = ring.length / 2;
        for (int k = 0; k < n; k++) {
            int j = (k + 1) % n;
            s += (double) ring[2 * k] * ring[2 * j + 1] - (double) ring[2 * j] * ring[2 * k + 1];
        }
        return Math.abs(s) / 2;
    }
}
