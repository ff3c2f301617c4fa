package org.jjmask.layout.network;

/**
 * One island of film between the holes.
 *
 * <p>An island is a Voronoi vertex of the hole centres (vertices closer than the merge tolerance are
 * one island: square and honeycomb lattices are degenerate) and the film region it stands for is
 * the union of the Delaunay triangles whose circumcentres were merged into it, minus the hole discs
 * — the region bounded by the necks of its junctions. {@code holes} is the number of holes around
 * it (3 for one triangle, 4 for a square-lattice island, 6 for a hexagon of a honeycomb or kagome
 * lattice); {@code interiorHoles} how many of those are interior holes
 * ({@link Plaquette#interior()}).
 *
 * <p>An island with {@code holes == 0} sits on the outline: it is where a Voronoi edge leaves the
 * device, i.e. the edge film that a neck at the border connects to. Its area is 0 (the edge film
 * is not shared out).
 *
 * @param coordination the number of junctions meeting at the island
 */
public record Island(double xNm, double yNm, double areaNm2, int coordination, int holes, int interiorHoles) {

    public Island {
        if (holes < 0 || interiorHoles < 0 || interiorHoles > holes || coordination < 0) {
            throw new IllegalArgumentException("bad island counts: z=" + coordination + ", holes=" + holes
                    + ", interior=" + interiorHoles);
        }
    }

    /** True for an island where a Voronoi edge meets the outline (no holes around it). */
    public boolean onOutline() {
        return holes == 0;
    }

    /** True when every hole around the island is an interior hole. */
    public boolean interior() {
        return holes > 0 && interiorHoles == holes;
    }

    /**
     * The island's share of the interior: each island counts {@code 1/holes} towards each hole around
     * it, and statistics sum the shares of interior holes, so this is {@code interiorHoles/holes}.
     */
    public double interiorShare() {
        return holes == 0 ? 0.0 : (double) interiorHoles / holes;
    }
}
