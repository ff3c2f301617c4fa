package org.jjmask.layout.network;

/**
 * The plaquette of one hole: its Voronoi cell, clipped by the outline. The loop of islands around
 * the hole encloses it, so the flux per plaquette is {@code B·areaNm2}.
 *
 * @param hole index into the extractor's hole list
 * @param areaNm2 area of the Voronoi cell inside the outline
 * @param holeAreaNm2 area of the hole disc, {@code π D²/4}
 * @param clipped true when the outline cuts the cell (every cell of a hole on the convex hull is
 *     unbounded, hence clipped)
 * @param interior true when neither this cell nor the cell of any hole around one of its islands
 *     (every Delaunay neighbour, and for a merged island all its four or six holes) is clipped: the
 *     hole sits in the bulk, at least two rows from the edge, and its cell, necks and islands are
 *     those of the array rather than of its border (a hole next to a hull pocket has an unclipped
 *     but enlarged cell, an incomplete hexagon a five-fold island). Interior statistics are taken
 *     over these holes.
 */
public record Plaquette(int hole, double areaNm2, double holeAreaNm2, boolean clipped, boolean interior) {

    public Plaquette {
        if (hole < 0 || !(areaNm2 >= 0) || !(holeAreaNm2 >= 0)) {
            throw new IllegalArgumentException("bad plaquette: hole " + hole + ", area " + areaNm2 + ", hole area "
                    + holeAreaNm2);
        }
        if (clipped && interior) {
            throw new IllegalArgumentException("a clipped plaquette cannot be interior: hole " + hole);
        }
    }
}
