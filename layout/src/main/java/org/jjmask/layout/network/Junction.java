package org.jjmask.layout.network;

/**
 * One junction (neck) between neighbouring holes {@code hole1 < hole2}: a Delaunay edge whose dual
 * Voronoi edge is a real edge (its ends are distinct islands) and lies, at least partly, inside
 * the outline.
 *
 * @param island1 index into {@link JunctionNetwork#islands()} of one end
 * @param island2 index of the other end
 * @param hole1 index into the extractor's hole list
 * @param hole2 index into the extractor's hole list
 * @param neckWidthNm {@code |c1 − c2| − (D1 + D2)/2}, always positive (overlapping holes leave no
 *     film and hence no junction)
 * @param lengthNm island-to-island distance, {@code hypot(bondXNm, bondYNm)}
 * @param bondXNm x of the vector from island1 to island2
 * @param bondYNm y of the vector from island1 to island2
 */
public record Junction(int island1, int island2, int hole1, int hole2, double neckWidthNm, double lengthNm,
        double bondXNm, double bondYNm) {

    public Junction {
        if (island1 < 0 || island2 < 0 || island1 == island2 || hole1 < 0 || hole2 < 0 || hole1 == hole2) {
            throw new IllegalArgumentException("bad junction indices: islands " + island1 + "-" + island2
                    + ", holes " + hole1 + "-" + hole2);
        }
    }
}
