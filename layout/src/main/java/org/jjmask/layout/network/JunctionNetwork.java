package org.jjmask.layout.network;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The island/junction network of a hole array as laid out (MODEL.md §1), in plain numbers: what the
 * physics consumes. Built by {@link NetworkExtractor}; immutable.
 *
 * <p>Interior statistics weight every element by its share of the holes with unclipped plaquettes
 * (see {@link NetworkStatistics}), so a finite patch of a periodic lattice gives the lattice's
 * values exactly.
 */
public record JunctionNetwork(List<Island> islands, List<Junction> junctions, List<Plaquette> plaquettes) {

    public JunctionNetwork {
        islands = List.copyOf(islands);
        junctions = List.copyOf(junctions);
        plaquettes = List.copyOf(plaquettes);
        for (Junction j : junctions) {
            if (j.island1() >= islands.size() || j.island2() >= islands.size()) {
                throw new IllegalArgumentException("junction refers to a missing island: " + j);
            }
        }
    }

    /** The network of fewer than three holes, or of collinear ones: nothing. */
    public static JunctionNetwork empty() {
        return new JunctionNetwork(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return islands.isEmpty() && junctions.isEmpty() && plaquettes.isEmpty();
    }

    /** All the statistics in one pass (see {@link NetworkStatistics} for the weighting). */
    public NetworkStatistics statistics() {
        int maxHole = -1;
        for (Plaquette p : plaquettes) {
            maxHole = Math.max(maxHole, p.hole());
        }
        boolean[] inner = new boolean[maxHole + 1];
        int interior = 0;
        double area = 0;
        double holeArea = 0;
        for (Plaquette p : plaquettes) {
            if (p.interior()) {
                inner[p.hole()] = true;
                interior++;
                area += p.areaNm2();
                holeArea += p.holeAreaNm2();
            }
        }

        double junctionShare = 0;
        double neckSum = 0;
        double min = Double.NaN;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (Junction j : junctions) {
            double w = (isInterior(inner, j.hole1()) ? 0.5 : 0) + (isInterior(inner, j.hole2()) ? 0.5 : 0);
            if (w == 0) {
                continue;
            }
            junctionShare += w;
            neckSum += w * j.neckWidthNm();
            min = Double.isNaN(min) ? j.neckWidthNm() : Math.min(min, j.neckWidthNm());
            sxx += w * j.bondXNm() * j.bondXNm();
            sxy += w * j.bondXNm() * j.bondYNm();
            syy += w * j.bondYNm() * j.bondYNm();
        }
        double mean = junctionShare > 0 ? neckSum / junctionShare : Double.NaN;
        double var = 0;
        for (Junction j : junctions) {
            double w = (isInterior(inner, j.hole1()) ? 0.5 : 0) + (isInterior(inner, j.hole2()) ? 0.5 : 0);
            var += w * (j.neckWidthNm() - mean) * (j.neckWidthNm() - mean);
        }
        double std = junctionShare > 0 ? Math.sqrt(var / junctionShare) : Double.NaN;

        double islandShare = 0;
        double zShare = 0;
        double islandArea = 0;
        for (Island i : islands) {
            double s = i.interiorShare();
            islandShare += s;
            zShare += s * i.coordination();
            islandArea += s * i.areaNm2();
        }

        double perHole = interior == 0 ? Double.NaN : 1.0 / interior;
        double perArea = interior == 0 ? Double.NaN : 1.0 / area;
        sxx *= perArea;
        sxy *= perArea;
        syy *= perArea;
        double det = sxx * syy - sxy * sxy;
        double factor = interior == 0 ? Double.NaN : det > 0 ? 1.0 / Math.sqrt(det) : Double.POSITIVE_INFINITY;
        return new NetworkStatistics(interior, mean, min, std, area * perHole, holeArea * perArea,
                islandShare > 0 ? islandArea / islandShare : Double.NaN,
                islandShare > 0 ? zShare / islandShare : Double.NaN,
                islandShare * perHole, junctionShare * perHole, sxx, sxy, syy, factor);
    }

    private static boolean isInterior(boolean[] inner, int hole) {
        return hole < inner.length && inner[hole];
    }

    public double neckWidthMeanNm() {
        return statistics().neckWidthMeanNm();
    }

    public double neckWidthMinNm() {
        return statistics().neckWidthMinNm();
    }

    public double neckWidthStdNm() {
        return statistics().neckWidthStdNm();
    }

    /** Mean area of the interior plaquettes, nm². */
    public double plaquetteAreaMeanNm2() {
        return statistics().plaquetteAreaMeanNm2();
    }

    /**
     * (Population) standard deviation of the interior plaquettes' areas, nm² — the spread of the
     * frustration B·S/Φ0 from hole to hole; 0 for a periodic lattice, NaN without interior holes.
     */
    public double plaquetteAreaStdNm2() {
        double mean = plaquetteAreaMeanNm2();
        double sum = 0;
        int n = 0;
        for (Plaquette p : plaquettes) {
            if (p.interior()) {
                sum += (p.areaNm2() - mean) * (p.areaNm2() - mean);
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(sum / n);
    }

    public double porosity() {
        return statistics().porosity();
    }

    public double meanCoordination() {
        return statistics().meanCoordination();
    }

    public double islandsPerHole() {
        return statistics().islandsPerHole();
    }

    public double junctionsPerHole() {
        return statistics().junctionsPerHole();
    }

    /** {@code R_□,eff / R_N} from the bond sum over the interior bonds (MODEL.md §1). */
    public double sheetToJunctionFactor() {
        return statistics().sheetToJunctionFactor();
    }

    /**
     * How the interior islands divide among coordination numbers: z → share of islands (summing to 1),
     * each island weighted by {@link Island#interiorShare()}. A dice network gives {3: ⅔, 6: ⅓}.
     */
    public Map<Integer, Double> coordinationShares() {
        TreeMap<Integer, Double> out = new TreeMap<>();
        double total = 0;
        for (Island i : islands) {
            double s = i.interiorShare();
            if (s > 0) {
                out.merge(i.coordination(), s, Double::sum);
                total += s;
            }
        }
        double t = total;
        out.replaceAll((z, s) -> s / t);
        return Collections.unmodifiableMap(out);
    }
}
