package org.jjmask.layout.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jjmask.layout.GridLattice;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.triangulate.DelaunayTriangulationBuilder;
import org.locationtech.jts.triangulate.quadedge.QuadEdgeSubdivision;
import org.locationtech.jts.triangulate.quadedge.Vertex;

/**
 * Extracts the junction network of a hole array from its geometry (MODEL.md §1): Delaunay
 * triangulation of the hole centres as laid out (with any variation) and its dual Voronoi diagram,
 * clipped at the device outline.
 *
 * <ul>
 *   <li><b>Islands</b> are the Voronoi vertices (circumcentres of the Delaunay triangles), those
 *   closer than the merge tolerance united into one (square, honeycomb and kagome lattices are
 *   degenerate: four or six cocircular holes), kept when inside the outline. Where a Voronoi edge
 *   leaves the outline, its crossing point is an island on the outline (the edge film), with no
 *   holes and no area.
 *   <li><b>Island area</b>: the film area of the Delaunay triangles merged into the island, minus
 *   the hole discs — each triangle loses the sector {@code θ_k r_k²/2} of each corner's hole. The
 *   triangles tile the convex hull, so the islands share out exactly the film between the holes,
 *   and the region of an island is the film bounded by its own necks. Triangles cut by the outline,
 *   or where a disc reaches past the opposite side or overlaps its neighbour, are computed with JTS
 *   (triangle ∩ outline − discs as 64-gons).
 *   <li><b>Junctions</b> are the Delaunay edges between holes i, j with a positive neck
 *   {@code |c_i − c_j| − (D_i + D_j)/2} whose dual Voronoi edge joins two different islands and
 *   lies, for more than the merge tolerance, inside the outline. That removes the diagonals of
 *   degenerate cells (also jittered ones: triangles across an edge whose Voronoi edge is shorter
 *   than {@value #DIAGONAL_FRACTION} of it are one island) and the long hull edges that are not
 *   real neighbours. A Voronoi edge cut by the
 *   outline (and the ray of a hull edge) ends at an island on the outline.
 *   <li><b>Plaquettes</b> are the Voronoi cells of the holes (half-plane intersection over the
 *   Delaunay neighbours) clipped by the outline; cells reaching past the outline are marked clipped.
 *   A hole is interior when its cell and the cells of all holes around each of its islands are
 *   unclipped (for a degenerate island: all four or six holes).
 * </ul>
 *
 * <p>Holes at the same centre as an earlier hole are ignored (the first one counts). Fewer than
 * three distinct centres, or collinear ones, give {@link JunctionNetwork#empty()}.
 */
public final class NetworkExtractor {

    /** Default merge tolerance, as a fraction of the median nearest-hole distance. */
    public static final double DEFAULT_TOLERANCE_FRACTION = 0.2;

    /**
     * A Delaunay edge whose dual Voronoi edge is shorter than this fraction of the edge (the centre
     * distance) is the diagonal of a degenerate cell: its two triangles are one island. The ideal
     * lattices' real necks have 1/√3 = 0.577 (triangular holes, the smallest), 1 (square), 1.155
     * (kagome), √3 (honeycomb), the diagonals 0; with the seed process's spread (σ_pos = 5 % of the
     * pitch) the square's diagonal stays below 0.29 and 0.06 % of the triangular necks fall below
     * 0.3 (20 000 draws each). Beyond ~10 % spread the two overlap: the lattice is no longer square or
     * triangular, and a near-cocircular quadrilateral is one island either way.
     */
    static final double DIAGONAL_FRACTION = 0.3;

    private static final GeometryFactory GF = new GeometryFactory();

    private NetworkExtractor() {
    }

    /**
     * Extracts with the default merge tolerance, {@value #DEFAULT_TOLERANCE_FRACTION} × the median
     * nearest-hole distance: it merges the split vertices of a jittered degenerate lattice and keeps
     * every real Voronoi edge of the four lattices (the shortest, a/√3 for triangular holes).
     */
    public static JunctionNetwork extract(List<Hole> holes, Polygon outlineNm) {
        return new Run(holes, outlineNm, Double.NaN).network();
    }

    /**
     * Extracts the network of {@code holes} inside {@code outlineNm}.
     *
     * @param mergeToleranceNm Voronoi vertices closer than this are one island, and a Voronoi edge
     *     must run longer than this inside the outline to make a junction
     */
    public static JunctionNetwork extract(List<Hole> holes, Polygon outlineNm, double mergeToleranceNm) {
        if (!(mergeToleranceNm >= 0) || Double.isInfinite(mergeToleranceNm)) {
            throw new IllegalArgumentException("merge tolerance must be finite and non-negative: " + mergeToleranceNm);
        }
        return new Run(holes, outlineNm, mergeToleranceNm).network();
    }

    /**
     * A cheap network of the written periodic lattice: a patch of super-cells at least eight pitches
     * on a side (a few hundred holes), whose interior statistics are those of the infinite written
     * lattice, grid rounding included. For a design pass that must not enumerate the device.
     */
    public static JunctionNetwork periodic(GridLattice lattice, double diameterNm, double dbuNm) {
        double a = lattice.pitchNm();
        int cx = (int) Math.max(3, Math.ceil(8 * a / (lattice.cellX() * dbuNm)));
        int cy = (int) Math.max(3, Math.ceil(8 * a / (lattice.cellY() * dbuNm)));
        HolePatch patch = Holes.patch(lattice, diameterNm, dbuNm, cx, cy);
        return extract(patch.holes(), patch.outlineNm());
    }

    /** One extraction: the working arrays, in the order they are filled. */
    private static final class Run {
        private final List<Hole> holes;
        private final Polygon outline;
        private final int n;
        private double tol;

        private final Envelope outlineEnv;
        private final boolean rectangle;
        private final boolean convex;
        private final PreparedGeometry prepared;
        private final IndexedPointInAreaLocator locator;
        private double eps;

        // triangles: CCW hole indices, circumcentres
        private int[] tri;
        private double[] ccx;
        private double[] ccy;
        private int triangles;
        // Delaunay edges: key i*n+j (i<j) → two triangles (second −1 on the hull)
        private long[] edgeKeys;
        private Map<Long, int[]> edgeTris;
        private int[][] neighbours;

        private int[] parent;
        private boolean[] wholeCell;
        private boolean[] interiorHole;
        private boolean[] inTriangulation;

        Run(List<Hole> holes, Polygon outline, double tol) {
            this.holes = List.copyOf(holes);
            this.outline = outline;
            this.n = holes.size();
            this.tol = tol;
            this.outlineEnv = outline.getEnvelopeInternal();
            this.rectangle = outline.isRectangle();
            this.convex = rectangle || outline.getNumInteriorRing() == 0
                    && outline.convexHull().getArea() <= outline.getArea() * (1 + 1e-12);
            this.prepared = PreparedGeometryFactory.prepare(outline);
            this.locator = new IndexedPointInAreaLocator(outline);
        }

        JunctionNetwork network() {
            if (outline.isEmpty() || !triangulate()) {
                return JunctionNetwork.empty();
            }
            buildEdges();
            if (Double.isNaN(tol)) {
                tol = DEFAULT_TOLERANCE_FRACTION * medianNearest();
            }
            mergeCircumcentres();
            List<Plaquette> plaquettes = plaquettes();
            return islandsAndJunctions(plaquettes);
        }

        // ---- Delaunay -------------------------------------------------------------------------

        private boolean triangulate() {
            Map<Coordinate, Integer> index = new HashMap<>(2 * n);
            List<Coordinate> sites = new ArrayList<>(n);
            Envelope all = new Envelope(outlineEnv);
            for (int i = 0; i < n; i++) {
                Coordinate c = new Coordinate(holes.get(i).xNm(), holes.get(i).yNm());
                if (index.putIfAbsent(c, i) == null) {
                    sites.add(c);
                    all.expandToInclude(c);
                }
            }
            eps = 1e-9 * Math.max(1.0, Math.max(all.getWidth(), all.getHeight()));
            if (sites.size() < 3) {
                return false;
            }
            DelaunayTriangulationBuilder builder = new DelaunayTriangulationBuilder();
            builder.setSites(sites);
            QuadEdgeSubdivision sd = builder.getSubdivision();
            @SuppressWarnings("unchecked")
            List<Vertex[]> tv = sd.getTriangleVertices(false);
            tri = new int[3 * tv.size()];
            ccx = new double[tv.size()];
            ccy = new double[tv.size()];
            int t = 0;
            for (Vertex[] v : tv) {
                Integer a = index.get(v[0].getCoordinate());
                Integer b = index.get(v[1].getCoordinate());
                Integer c = index.get(v[2].getCoordinate());
                if (a == null || b == null || c == null) {
                    continue;
                }
                Hole ha = holes.get(a);
                Hole hb = holes.get(b);
                Hole hc = holes.get(c);
                double cross = (hb.xNm() - ha.xNm()) * (hc.yNm() - ha.yNm())
                        - (hb.yNm() - ha.yNm()) * (hc.xNm() - ha.xNm());
                double scale = Math.max(d2(ha, hb), Math.max(d2(hb, hc), d2(hc, ha)));
                if (Math.abs(cross) <= 1e-12 * scale) {
                    continue;
                }
                if (cross < 0) {
                    Integer s = b;
                    b = c;
                    c = s;
                }
                tri[3 * t] = a;
                tri[3 * t + 1] = b;
                tri[3 * t + 2] = c;
                Coordinate cc = org.locationtech.jts.geom.Triangle.circumcentreDD(
                        v[0].getCoordinate(), v[1].getCoordinate(), v[2].getCoordinate());
                ccx[t] = cc.x;
                ccy[t] = cc.y;
                t++;
            }
            triangles = t;
            return t > 0;
        }

        private void buildEdges() {
            edgeTris = new HashMap<>(4 * triangles);
            int[] degree = new int[n];
            inTriangulation = new boolean[n];
            for (int t = 0; t < triangles; t++) {
                for (int k = 0; k < 3; k++) {
                    int i = tri[3 * t + k];
                    int j = tri[3 * t + (k + 1) % 3];
                    inTriangulation[i] = true;
                    long key = (long) Math.min(i, j) * n + Math.max(i, j);
                    int[] ts = edgeTris.get(key);
                    if (ts == null) {
                        edgeTris.put(key, new int[] {t, -1});
                        degree[i]++;
                        degree[j]++;
                    } else {
                        ts[1] = t;
                    }
                }
            }
            edgeKeys = new long[edgeTris.size()];
            int e = 0;
            for (long key : edgeTris.keySet()) {
                edgeKeys[e++] = key;
            }
            Arrays.sort(edgeKeys);
            neighbours = new int[n][];
            for (int i = 0; i < n; i++) {
                neighbours[i] = new int[degree[i]];
            }
            int[] fill = new int[n];
            for (long key : edgeKeys) {
                int i = (int) (key / n);
                int j = (int) (key % n);
                neighbours[i][fill[i]++] = j;
                neighbours[j][fill[j]++] = i;
            }
        }

        private double medianNearest() {
            double[] nearest = new double[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (neighbours[i].length == 0) {
                    continue;
                }
                double best = Double.MAX_VALUE;
                for (int j : neighbours[i]) {
                    best = Math.min(best, Math.sqrt(d2(holes.get(i), holes.get(j))));
                }
                nearest[m++] = best;
            }
            double[] s = Arrays.copyOf(nearest, m);
            Arrays.sort(s);
            return s[m / 2];
        }

        // ---- islands: merged circumcentres -------------------------------------------------------

        private void mergeCircumcentres() {
            parent = new int[triangles];
            for (int t = 0; t < triangles; t++) {
                parent[t] = t;
            }
            double cell = tol > 0 ? tol : eps;
            Map<Long, List<Integer>> grid = new HashMap<>(2 * triangles);
            for (int t = 0; t < triangles; t++) {
                long gx = (long) Math.floor(ccx[t] / cell);
                long gy = (long) Math.floor(ccy[t] / cell);
                for (long dx = -1; dx <= 1; dx++) {
                    for (long dy = -1; dy <= 1; dy++) {
                        List<Integer> others = grid.get(gridKey(gx + dx, gy + dy));
                        if (others == null) {
                            continue;
                        }
                        for (int o : others) {
                            if (Math.hypot(ccx[o] - ccx[t], ccy[o] - ccy[t]) <= tol) {
                                union(o, t);
                            }
                        }
                    }
                }
                grid.computeIfAbsent(gridKey(gx, gy), k -> new ArrayList<>(2)).add(t);
            }
            // A jittered degenerate cell (the square's four holes, the honeycomb's six) splits into
            // triangles whose circumcentres lie a little apart, by an amount that grows with the
            // spread and the cell, not with the absolute tolerance: the Voronoi edge dual to the
            // cell's diagonal is then short against the diagonal itself. Those triangles are one
            // island and the diagonal is no neck.
            for (long key : edgeKeys) {
                int[] ts = edgeTris.get(key);
                if (ts[1] < 0) {
                    continue;
                }
                double voronoi = Math.hypot(ccx[ts[0]] - ccx[ts[1]], ccy[ts[0]] - ccy[ts[1]]);
                double bond = Math.sqrt(d2(holes.get((int) (key / n)), holes.get((int) (key % n))));
                if (voronoi < DIAGONAL_FRACTION * bond) {
                    union(ts[0], ts[1]);
                }
            }
        }

        private static long gridKey(long gx, long gy) {
            return gx * 0x9E3779B97F4A7C15L + gy;
        }

        private int find(int t) {
            while (parent[t] != t) {
                parent[t] = parent[parent[t]];
                t = parent[t];
            }
            return t;
        }

        private void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        // ---- plaquettes: Voronoi cells clipped by the outline -------------------------------------

        private List<Plaquette> plaquettes() {
            Envelope box = new Envelope(outlineEnv);
            for (Hole h : holes) {
                box.expandToInclude(h.xNm(), h.yNm());
            }
            box.expandBy(Math.max(box.getWidth(), box.getHeight()) + 1);
            wholeCell = new boolean[n];
            interiorHole = new boolean[n];
            double[] cellArea = new double[n];
            double[] clippedArea = new double[n];
            for (int i = 0; i < n; i++) {
                if (!inTriangulation[i]) {
                    continue;
                }
                double[] cell = cell(i, box);
                if (cell.length < 6) {
                    continue;
                }
                Envelope env = new Envelope();
                for (int k = 0; k < cell.length; k += 2) {
                    env.expandToInclude(cell[k], cell[k + 1]);
                }
                if (rectangle ? outlineEnv.covers(env) : prepared.covers(polygon(cell))) {
                    wholeCell[i] = true;
                    cellArea[i] = shoelace(cell);
                } else if (outlineEnv.intersects(env)) {
                    clippedArea[i] = polygon(cell).intersection(outline).getArea();
                }
            }
            // interior: the hole's cell and the cells of every hole around each of its islands are whole
            boolean[] islandWhole = new boolean[triangles];
            Arrays.fill(islandWhole, true);
            for (int t = 0; t < triangles; t++) {
                for (int k = 0; k < 3; k++) {
                    islandWhole[find(t)] &= wholeCell[tri[3 * t + k]];
                }
            }
            System.arraycopy(wholeCell, 0, interiorHole, 0, n);
            for (int t = 0; t < triangles; t++) {
                if (!islandWhole[find(t)]) {
                    for (int k = 0; k < 3; k++) {
                        interiorHole[tri[3 * t + k]] = false;
                    }
                }
            }
            List<Plaquette> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (wholeCell[i]) {
                    boolean interior = interiorHole[i];
                    out.add(new Plaquette(i, cellArea[i], holes.get(i).areaNm2(), false, interior));
                } else if (clippedArea[i] > 0) {
                    out.add(new Plaquette(i, clippedArea[i], holes.get(i).areaNm2(), true, false));
                }
            }
            return out;
        }

        /** The Voronoi cell of hole i within {@code box}: the box cut by the bisector with each neighbour. */
        private double[] cell(int i, Envelope box) {
            double[] poly = {box.getMinX(), box.getMinY(), box.getMaxX(), box.getMinY(), box.getMaxX(), box.getMaxY(),
                box.getMinX(), box.getMaxY()};
            Hole h = holes.get(i);
            for (int j : neighbours[i]) {
                Hole o = holes.get(j);
                double nx = o.xNm() - h.xNm();
                double ny = o.yNm() - h.yNm();
                double c = nx * (h.xNm() + o.xNm()) / 2 + ny * (h.yNm() + o.yNm()) / 2;
                poly = clip(poly, nx, ny, c);
                if (poly.length < 6) {
                    break;
                }
            }
            return poly;
        }

        /** Sutherland–Hodgman: keep the part of the convex polygon where {@code nx·x + ny·y ≤ c}. */
        private static double[] clip(double[] p, double nx, double ny, double c) {
            int m = p.length / 2;
            double[] out = new double[2 * (m + 1)];
            int k = 0;
            for (int a = 0; a < m; a++) {
                int b = (a + 1) % m;
                double ax = p[2 * a];
                double ay = p[2 * a + 1];
                double bx = p[2 * b];
                double by = p[2 * b + 1];
                double fa = nx * ax + ny * ay - c;
                double fb = nx * bx + ny * by - c;
                if (fa <= 0) {
                    out[k++] = ax;
                    out[k++] = ay;
                }
                if ((fa < 0 && fb > 0) || (fa > 0 && fb < 0)) {
                    double s = fa / (fa - fb);
                    out[k++] = ax + s * (bx - ax);
                    out[k++] = ay + s * (by - ay);
                }
            }
            return Arrays.copyOf(out, k);
        }

        // ---- islands and junctions ----------------------------------------------------------------

        private JunctionNetwork islandsAndJunctions(List<Plaquette> plaquettes) {
            // merged positions and membership
            double[] sx = new double[triangles];
            double[] sy = new double[triangles];
            int[] count = new int[triangles];
            for (int t = 0; t < triangles; t++) {
                int r = find(t);
                sx[r] += ccx[t];
                sy[r] += ccy[t];
                count[r]++;
            }
            int[] islandOf = new int[triangles];
            Arrays.fill(islandOf, -1);
            List<double[]> pos = new ArrayList<>();
            List<Integer> roots = new ArrayList<>();
            for (int t = 0; t < triangles; t++) {
                if (find(t) != t) {
                    continue;
                }
                double x = sx[t] / count[t];
                double y = sy[t] / count[t];
                if (locator.locate(new Coordinate(x, y)) != Location.EXTERIOR) {
                    islandOf[t] = pos.size();
                    pos.add(new double[] {x, y});
                    roots.add(t);
                }
            }
            int voronoiIslands = pos.size();
            double[] area = new double[voronoiIslands];
            List<List<Integer>> islandHoles = new ArrayList<>(voronoiIslands);
            for (int k = 0; k < voronoiIslands; k++) {
                islandHoles.add(new ArrayList<>(6));
            }
            for (int t = 0; t < triangles; t++) {
                int isl = islandOf[find(t)];
                if (isl < 0) {
                    continue;
                }
                area[isl] += filmArea(t);
                for (int k = 0; k < 3; k++) {
                    int h = tri[3 * t + k];
                    if (!islandHoles.get(isl).contains(h)) {
                        islandHoles.get(isl).add(h);
                    }
                }
            }

            Map<Long, List<Integer>> outlineIslands = new HashMap<>();
            List<int[]> links = new ArrayList<>();
            List<Double> necks = new ArrayList<>();
            double far = 2 * (Math.max(outlineEnv.getWidth(), outlineEnv.getHeight())
                    + Math.hypot(outlineEnv.centre().x, outlineEnv.centre().y)) + 1;
            for (long key : edgeKeys) {
                int i = (int) (key / n);
                int j = (int) (key % n);
                Hole hi = holes.get(i);
                Hole hj = holes.get(j);
                double neck = Math.sqrt(d2(hi, hj)) - (hi.diameterNm() + hj.diameterNm()) / 2;
                if (!(neck > 0)) {
                    continue;
                }
                int[] ts = edgeTris.get(key);
                int r1 = find(ts[0]);
                int i1 = islandOf[r1];
                double[] p1 = {sx[r1] / count[r1], sy[r1] / count[r1]};
                int[] ends;
                if (ts[1] >= 0) {
                    int r2 = find(ts[1]);
                    if (r1 == r2) {
                        continue; // a zero-length Voronoi edge: the diagonal of a degenerate cell
                    }
                    int i2 = islandOf[r2];
                    double[] p2 = {sx[r2] / count[r2], sy[r2] / count[r2]};
                    if (i1 >= 0 && i2 >= 0 && (convex || wholeCell[i] && wholeCell[j]
                            || prepared.covers(line(p1, p2)))) {
                        ends = new int[] {i1, i2};
                    } else {
                        ends = clipEdge(p1, i1, p2, i2, pos, outlineIslands);
                    }
                } else {
                    // hull edge: the Voronoi edge is a ray away from the triangle's third hole
                    int third = thirdVertex(ts[0], i, j);
                    double ex = hj.xNm() - hi.xNm();
                    double ey = hj.yNm() - hi.yNm();
                    double len = Math.hypot(ex, ey);
                    double nx = -ey / len;
                    double ny = ex / len;
                    Hole h3 = holes.get(third);
                    if (nx * (h3.xNm() - hi.xNm()) + ny * (h3.yNm() - hi.yNm()) > 0) {
                        nx = -nx;
                        ny = -ny;
                    }
                    double[] p2 = {p1[0] + nx * far, p1[1] + ny * far};
                    ends = clipEdge(p1, i1, p2, -1, pos, outlineIslands);
                }
                if (ends != null && ends[0] != ends[1]) {
                    links.add(new int[] {ends[0], ends[1], i, j});
                    necks.add(neck);
                }
            }

            int[] z = new int[pos.size()];
            List<Junction> junctions = new ArrayList<>(links.size());
            for (int k = 0; k < links.size(); k++) {
                int[] l = links.get(k);
                z[l[0]]++;
                z[l[1]]++;
                double bx = pos.get(l[1])[0] - pos.get(l[0])[0];
                double by = pos.get(l[1])[1] - pos.get(l[0])[1];
                junctions.add(new Junction(l[0], l[1], l[2], l[3], necks.get(k), Math.hypot(bx, by), bx, by));
            }
            List<Island> islands = new ArrayList<>(pos.size());
            for (int k = 0; k < pos.size(); k++) {
                if (k < voronoiIslands) {
                    List<Integer> around = islandHoles.get(k);
                    int whole = 0;
                    for (int h : around) {
                        whole += interiorHole[h] ? 1 : 0;
                    }
                    islands.add(new Island(pos.get(k)[0], pos.get(k)[1], area[k], z[k], around.size(), whole));
                } else {
                    islands.add(new Island(pos.get(k)[0], pos.get(k)[1], 0.0, z[k], 0, 0));
                }
            }
            return new JunctionNetwork(islands, junctions, plaquettes);
        }

        /**
         * The part of the Voronoi edge p→q inside the outline (its longest piece), as two island
         * indices: an end at p or q keeps that island, an end on the outline becomes (or joins) an
         * island on the outline. Null when less than the tolerance lies inside.
         */
        private int[] clipEdge(double[] p, int ip, double[] q, int iq, List<double[]> pos,
                Map<Long, List<Integer>> outlineIslands) {
            Envelope env = new Envelope(p[0], q[0], p[1], q[1]);
            if (!outlineEnv.intersects(env)) {
                return null;
            }
            Geometry inside = outline.intersection(line(p, q));
            LineString best = null;
            for (int g = 0; g < inside.getNumGeometries(); g++) {
                if (inside.getGeometryN(g) instanceof LineString ls
                        && (best == null || ls.getLength() > best.getLength())) {
                    best = ls;
                }
            }
            if (best == null || best.getLength() <= Math.max(tol, eps)) {
                return null;
            }
            Coordinate s = best.getCoordinateN(0);
            Coordinate e = best.getCoordinateN(best.getNumPoints() - 1);
            return new int[] {end(s, p, ip, q, iq, pos, outlineIslands), end(e, p, ip, q, iq, pos, outlineIslands)};
        }

        private int end(Coordinate c, double[] p, int ip, double[] q, int iq, List<double[]> pos,
                Map<Long, List<Integer>> outlineIslands) {
            double slack = 1e-6 * Math.max(1.0, Math.max(outlineEnv.getWidth(), outlineEnv.getHeight()));
            if (ip >= 0 && Math.hypot(c.x - p[0], c.y - p[1]) <= slack) {
                return ip;
            }
            if (iq >= 0 && Math.hypot(c.x - q[0], c.y - q[1]) <= slack) {
                return iq;
            }
            double cell = Math.max(tol, eps);
            long gx = (long) Math.floor(c.x / cell);
            long gy = (long) Math.floor(c.y / cell);
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    for (int k : outlineIslands.getOrDefault(gridKey(gx + dx, gy + dy), List.of())) {
                        if (Math.hypot(pos.get(k)[0] - c.x, pos.get(k)[1] - c.y) <= tol) {
                            return k;
                        }
                    }
                }
            }
            int k = pos.size();
            pos.add(new double[] {c.x, c.y});
            outlineIslands.computeIfAbsent(gridKey(gx, gy), key -> new ArrayList<>(2)).add(k);
            return k;
        }

        private int thirdVertex(int t, int i, int j) {
            for (int k = 0; k < 3; k++) {
                int v = tri[3 * t + k];
                if (v != i && v != j) {
                    return v;
                }
            }
            throw new IllegalStateException("degenerate triangle " + t);
        }

        // ---- film area of one Delaunay triangle --------------------------------------------------

        /** Triangle area minus the hole discs inside it (and outside the outline). */
        private double filmArea(int t) {
            int a = tri[3 * t];
            int b = tri[3 * t + 1];
            int c = tri[3 * t + 2];
            Hole[] h = {holes.get(a), holes.get(b), holes.get(c)};
            boolean inside = wholeCell[a] && wholeCell[b] && wholeCell[c];
            Polygon triangle = null;
            if (!inside) {
                triangle = polygon(new double[] {h[0].xNm(), h[0].yNm(), h[1].xNm(), h[1].yNm(), h[2].xNm(),
                    h[2].yNm()});
                inside = rectangle ? outlineEnv.covers(triangle.getEnvelopeInternal()) : prepared.covers(triangle);
            }
            if (inside && sectorsExact(h)) {
                double x1 = h[1].xNm() - h[0].xNm();
                double y1 = h[1].yNm() - h[0].yNm();
                double x2 = h[2].xNm() - h[0].xNm();
                double y2 = h[2].yNm() - h[0].yNm();
                double film = Math.abs(x1 * y2 - y1 * x2) / 2;
                for (int k = 0; k < 3; k++) {
                    double r = h[k].diameterNm() / 2;
                    film -= angle(h[k], h[(k + 1) % 3], h[(k + 2) % 3]) * r * r / 2;
                }
                return Math.max(0.0, film);
            }
            if (triangle == null) {
                triangle = polygon(new double[] {h[0].xNm(), h[0].yNm(), h[1].xNm(), h[1].yNm(), h[2].xNm(),
                    h[2].yNm()});
            }
            Geometry film = inside ? triangle : triangle.intersection(outline);
            for (Hole k : h) {
                if (k.diameterNm() > 0) {
                    film = film.difference(GF.createPoint(new Coordinate(k.xNm(), k.yNm()))
                            .buffer(k.diameterNm() / 2, 16));
                }
            }
            return film.getArea();
        }

        /** True when every disc's sector stays inside the triangle and no two discs overlap. */
        private static boolean sectorsExact(Hole[] h) {
            for (int k = 0; k < 3; k++) {
                Hole p = h[k];
                Hole q = h[(k + 1) % 3];
                Hole o = h[(k + 2) % 3];
                double edge = Math.sqrt(d2(p, q));
                if (p.diameterNm() / 2 + q.diameterNm() / 2 > edge) {
                    return false;
                }
                // altitude from o onto the line p–q
                double alt = Math.abs((q.xNm() - p.xNm()) * (o.yNm() - p.yNm())
                        - (q.yNm() - p.yNm()) * (o.xNm() - p.xNm())) / edge;
                if (o.diameterNm() / 2 > alt) {
                    return false;
                }
            }
            return true;
        }

        /** The angle at {@code v} between the directions to {@code p} and {@code q}. */
        private static double angle(Hole v, Hole p, Hole q) {
            double ux = p.xNm() - v.xNm();
            double uy = p.yNm() - v.yNm();
            double wx = q.xNm() - v.xNm();
            double wy = q.yNm() - v.yNm();
            return Math.atan2(Math.abs(ux * wy - uy * wx), ux * wx + uy * wy);
        }

        // ---- small helpers ---------------------------------------------------------------------

        private static double d2(Hole a, Hole b) {
            double dx = a.xNm() - b.xNm();
            double dy = a.yNm() - b.yNm();
            return dx * dx + dy * dy;
        }

        private static double shoelace(double[] p) {
            double s = 0;
            int m = p.length / 2;
            for (int k = 0; k < m; k++) {
                int j = (k + 1) % m;
                s += p[2 * k] * p[2 * j + 1] - p[2 * j] * p[2 * k + 1];
            }
            return Math.abs(s) / 2;
        }

        private static Polygon polygon(double[] p) {
            int m = p.length / 2;
            Coordinate[] ring = new Coordinate[m + 1];
            for (int k = 0; k < m; k++) {
                ring[k] = new Coordinate(p[2 * k], p[2 * k + 1]);
            }
            ring[m] = ring[0];
            return GF.createPolygon(ring);
        }

        private static LineString line(double[] p, double[] q) {
            return GF.createLineString(new Coordinate[] {new Coordinate(p[0], p[1]), new Coordinate(q[0], q[1])});
        }
    }
}
