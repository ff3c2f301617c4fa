package org.jjmask.layout.network;

/**
 * The numbers the physics takes from a {@link JunctionNetwork}: the bulk of the array as laid out.
 * Everything is taken over the interior holes ({@link Plaquette#interior()}: unclipped, and so are
 * the holes around their islands), with each junction counting ½ towards each of its two holes and each island
 * {@code 1/k} towards each of the k holes around it; junction and island values are means weighted
 * by these shares. For a patch of a periodic lattice this reproduces the infinite lattice exactly.
 * The border (necks to the edge film, islands of hull pockets) is in the lists, not in these
 * numbers. Undefined values (no interior) are {@code NaN}.
 *
 * @param interiorHoles interior holes
 * @param neckWidthMeanNm mean neck width of the interior junctions
 * @param neckWidthMinNm narrowest interior neck
 * @param neckWidthStdNm (population) standard deviation of the interior neck widths
 * @param plaquetteAreaMeanNm2 mean area of the interior plaquettes
 * @param porosity hole area / plaquette area over the interior plaquettes
 * @param islandAreaMeanNm2 mean film area of an interior island (share-weighted)
 * @param meanCoordination mean number of junctions per island (share-weighted)
 * @param islandsPerHole islands per interior hole
 * @param junctionsPerHole junctions per interior hole
 * @param sigmaXX sheet conductance tensor of the network of identical junctions, in units of
 *     {@code 1/R_N}: {@code σ R_N = Σ_b w_b ℓ_b ℓ_bᵀ / A} over the interior bonds ℓ (island to
 *     island) and the interior area A [derived, MODEL.md §1]
 * @param sigmaXY off-diagonal element, 1/R_N
 * @param sigmaYY yy element, 1/R_N
 * @param sheetToJunctionFactor {@code R_□,eff / R_N = 1/√det(σ R_N)}: √3 for a honeycomb network,
 *     1 square, 1/√3 triangular, √3/2 dice. Exact for networks whose bond vectors sum to zero at
 *     every island (a uniform field is then an exact solution); for a disordered network it is the
 *     affine (upper-bound conductance) estimate
 */
public record NetworkStatistics(int interiorHoles, double neckWidthMeanNm, double neckWidthMinNm,
        double neckWidthStdNm, double plaquetteAreaMeanNm2, double porosity, double islandAreaMeanNm2,
        double meanCoordination, double islandsPerHole, double junctionsPerHole, double sigmaXX, double sigmaXY,
        double sigmaYY, double sheetToJunctionFactor) {
}
