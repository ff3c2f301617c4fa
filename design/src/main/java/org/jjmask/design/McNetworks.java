package org.jjmask.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.HoleShape;
import org.jjmask.layout.Layout;
import org.jjmask.layout.UnitCellFacts;
import org.jjmask.layout.WrittenHole;
import org.jjmask.layout.network.Hole;
import org.jjmask.layout.network.Holes;
import org.jjmask.layout.network.Island;
import org.jjmask.layout.network.Junction;
import org.jjmask.layout.network.JunctionNetwork;
import org.jjmask.layout.network.NetworkExtractor;
import org.jjmask.physics.mc.NetworkFamily;
import org.jjmask.physics.mc.PeriodicCell;
import org.jjmask.physics.mc.XyNetwork;
import org.locationtech.jts.geom.Envelope;

/**
 * The spec's own junction network as the XY Monte Carlo takes it: a periodic cell cut from the
 * written holes and closed on a torus.
 *
 * <p>A rectangular window of holes with periods X × Y is repeated around itself, the junction
 * network of the repeated set is extracted ({@link NetworkExtractor}: Delaunay necks, Voronoi
 * islands, MODEL.md §1), and the islands of the middle copy become the cell's sites; each junction
 * touching them becomes a bond to the site of the copy it reaches. On the orthogonal grid the window
 * is one written super-cell (grid rounding included) and L × L copies of it make the patch of size
 * L. For a rotated or disordered array the window is L × L super-cells of the written holes
 * themselves around the bulk of the array, one window per disorder draw (moved by a window width
 * per draw); closing it on a torus leaves one seam where holes of opposite edges meet [pheno: the
 * price of periodic boundaries for a disordered sample].
 *
 * <p>Couplings: J_b ∝ E_J of each junction ∝ 1/R_N ∝ 1/(its neck's channel squares), the same
 * per-junction model as the design pass's disorder factor ({@link Designer#couplingFactor}), in
 * units of the E_J of the mean junction, which is what the prediction's {@code ej_K} is.
 */
public final class McNetworks {
    private McNetworks() {
    }

    /**
     * A network family and what it stands for.
     *
     * @param family patches by (L, draw)
     * @param scattered true for a rotated or disordered array (windows of the written holes)
     * @param draws disorder draws that differ (1 on the grid: every window is the same)
     * @param plaquettesPerCell plaquettes of one L = 1 cell
     */
    public record McFamily(NetworkFamily family, boolean scattered, int draws, int plaquettesPerCell) {
    }

    /**
     * The family of a spec at frustration f per mean plaquette (B·S/Φ0). A periodic patch takes the
     * nearest f that puts a whole number of flux quanta through it ({@link PeriodicCell#nearestFieldFraction}).
     *
     * @param draws disorder draws for a scattered array (ignored on the grid)
     */
    public static McFamily of(Spec spec, double fieldFraction, int draws) {
        GridLattice lattice = spec.lattice().gridLattice(Designer.DBU_NM);
        HoleShape hole = spec.lattice().idealHole().written(Designer.DBU_NM);
        UnitCellFacts facts = UnitCellFacts.of(lattice, hole, Designer.DBU_NM);
        double diameter = Designer.networkDiameterNm(spec, facts);
        double damage = spec.fabrication().edgeDamageNm();
        double pitch = spec.lattice().pitchNm();
        boolean scattered = !spec.fabrication().variation().isNone() || spec.lattice().rotationDeg() != 0;
        double cx = lattice.cellX() * Designer.DBU_NM;
        double cy = lattice.cellY() * Designer.DBU_NM;
        if (!scattered) {
            HolePatchCell c = cell(Holes.patch(lattice, diameter, Designer.DBU_NM, 1, 1).holes(), 0, 0, cx, cy, pitch,
                    damage);
            Map<Integer, XyNetwork> cache = new ConcurrentHashMap<>();
            NetworkFamily f = (size, draw) -> cache.computeIfAbsent(size,
                    s -> c.cell().patch(s, c.cell().nearestFieldFraction(s, fieldFraction)));
            return new McFamily(f, false, 1, c.cell().facesPerCell());
        }
        Layout layout = Designer.layout(spec, spec.lattice().gridLattice(Designer.DBU_NM));
        double[] centre = layout.bulkSiteNm().orElseThrow(() -> new IllegalArgumentException(
                "the array has no bulk to cut a Monte Carlo window from"));
        double nominal = spec.lattice().holeDiameterNm();
        Map<Long, XyNetwork> cache = new ConcurrentHashMap<>();
        NetworkFamily f = (size, draw) -> cache.computeIfAbsent(size * 1_000_003L + draw, key -> {
            double w = size * cx;
            double h = size * cy;
            double x0 = centre[0] - w / 2 + (draw - (draws - 1) / 2.0) * w;
            double y0 = centre[1] - h / 2;
            List<Hole> holes = new ArrayList<>();
            for (WrittenHole wh : layout.holesNm(new Envelope(x0, x0 + w, y0, y0 + h))) {
                if (wh.xNm() >= x0 && wh.xNm() < x0 + w && wh.yNm() >= y0 && wh.yNm() < y0 + h) {
                    holes.add(new Hole(wh.xNm(), wh.yNm(), diameter * wh.shape().diameterNm() / nominal));
                }
            }
            int expected = (int) Math.round(size * (double) size * lattice.basis().size());
            if (holes.size() < 0.9 * expected) {
                throw new IllegalArgumentException("a " + size + " × " + size + " cell window (draw " + draw
                        + ") does not fit inside the array: " + holes.size() + " of " + expected
                        + " holes; use smaller --sizes or fewer --draws");
            }
            HolePatchCell c = cell(holes, x0, y0, w, h, pitch, damage);
            return c.cell().patch(1, c.cell().nearestFieldFraction(1, fieldFraction));
        });
        return new McFamily(f, true, Math.max(1, draws), -1);
    }

    /** A cell and the coupling of the mean junction it was normalised by. */
    record HolePatchCell(PeriodicCell cell, double meanCoupling) {
    }

    /**
     * The periodic cell of the holes in [x0, x0+X) × [y0, y0+Y), repeated with periods X, Y.
     *
     * @throws IllegalArgumentException when the closed window is not a planar torus network: its
     *     Euler count of plaquettes (junctions − islands) is not about one per hole
     */
    static HolePatchCell cell(List<Hole> holes, double x0, double y0, double periodX, double periodY, double pitchNm,
            double edgeDamageNm) {
        int r = (int) Math.max(1, Math.ceil(3 * pitchNm / Math.min(periodX, periodY)));
        List<Hole> all = new ArrayList<>();
        for (int j = -r; j <= r; j++) {
            for (int i = -r; i <= r; i++) {
                for (Hole h : holes) {
                    all.add(new Hole(h.xNm() + i * periodX, h.yNm() + j * periodY, h.diameterNm()));
                }
            }
        }
        double m = pitchNm;
        JunctionNetwork net = NetworkExtractor.extract(all, Holes.rectangle(x0 - r * periodX - m, y0 - r * periodY - m,
                x0 + (r + 1) * periodX + m, y0 + (r + 1) * periodY + m));
        // origin nudged off the lattice's special points so no island sits on a tile edge
        double ox = x0 + 1e-3 * Math.PI * pitchNm;
        double oy = y0 + 1e-3 * Math.E * pitchNm;
        List<Island> islands = net.islands();
        int[] basisOf = new int[islands.size()];
        int[] tileX = new int[islands.size()];
        int[] tileY = new int[islands.size()];
        List<double[]> sites = new ArrayList<>();
        Map<Long, Integer> byKey = new HashMap<>();
        double q = 0.02 * pitchNm;
        for (int k = 0; k < islands.size(); k++) {
            Island is = islands.get(k);
            tileX[k] = (int) Math.floor((is.xNm() - ox) / periodX);
            tileY[k] = (int) Math.floor((is.yNm() - oy) / periodY);
            basisOf[k] = -1;
            if (tileX[k] == 0 && tileY[k] == 0 && !is.onOutline()) {
                basisOf[k] = sites.size();
                byKey.put(key(is.xNm(), is.yNm(), q), sites.size());
                sites.add(new double[] {is.xNm(), is.yNm()});
            }
        }
        for (int k = 0; k < islands.size(); k++) {
            Island is = islands.get(k);
            if (basisOf[k] < 0 && !is.onOutline() && Math.abs(tileX[k]) <= 1 && Math.abs(tileY[k]) <= 1) {
                basisOf[k] = find(byKey, is.xNm() - tileX[k] * periodX, is.yNm() - tileY[k] * periodY, q);
            }
        }
        Map<String, PeriodicCell.Bond> bonds = new LinkedHashMap<>();
        Map<String, Double> channel = new LinkedHashMap<>();
        double neckSum = 0;
        double radiusSum = 0;
        double lengthSum = 0;
        for (Junction j : net.junctions()) {
            int a = j.island1();
            int b = j.island2();
            boolean central = tileX[a] == 0 && tileY[a] == 0 || tileX[b] == 0 && tileY[b] == 0;
            if (!central || basisOf[a] < 0 || basisOf[b] < 0) {
                continue;
            }
            int n1 = tileX[b] - tileX[a];
            int n2 = tileY[b] - tileY[a];
            String fwd = basisOf[a] + ":" + basisOf[b] + ":" + n1 + ":" + n2;
            String rev = basisOf[b] + ":" + basisOf[a] + ":" + (-n1) + ":" + (-n2);
            if (bonds.containsKey(fwd) || bonds.containsKey(rev)) {
                continue;
            }
            double radius = (all.get(j.hole1()).diameterNm() + all.get(j.hole2()).diameterNm()) / 4;
            bonds.put(fwd, new PeriodicCell.Bond(basisOf[a], basisOf[b], n1, n2));
            channel.put(fwd, Designer.channel(j.neckWidthNm(), radius, j.lengthNm(), edgeDamageNm));
            neckSum += j.neckWidthNm();
            radiusSum += radius;
            lengthSum += j.lengthNm();
        }
        int nb = bonds.size();
        int faces = nb - sites.size();
        // every hole is one plaquette, less one for each pair of holes that touch (no neck between them)
        if (sites.isEmpty() || faces < 1 || faces > holes.size() || faces < 0.8 * holes.size()) {
            throw new IllegalArgumentException("the window's network does not close on a torus: " + sites.size()
                    + " islands, " + nb + " junctions, " + holes.size() + " holes");
        }
        double mean = 1 / Designer.channel(neckSum / nb, radiusSum / nb, lengthSum / nb, edgeDamageNm);
        List<PeriodicCell.Bond> out = new ArrayList<>();
        for (var e : bonds.entrySet()) {
            PeriodicCell.Bond b = e.getValue();
            out.add(new PeriodicCell.Bond(b.from(), b.to(), b.n1(), b.n2(), 1 / channel.get(e.getKey()) / mean));
        }
        double[] sx = sites.stream().mapToDouble(s -> s[0]).toArray();
        double[] sy = sites.stream().mapToDouble(s -> s[1]).toArray();
        return new HolePatchCell(new PeriodicCell(periodX, 0, periodY, sx, sy, out), mean);
    }

    private static long key(double x, double y, double q) {
        return Math.round(x / q) * 4_000_037L + Math.round(y / q);
    }

    private static int find(Map<Long, Integer> byKey, double x, double y, double q) {
        long kx = Math.round(x / q);
        long ky = Math.round(y / q);
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                Integer v = byKey.get((kx + dx) * 4_000_037L + ky + dy);
                if (v != null) {
                    return v;
                }
            }
        }
        return -1;
    }

    /** The island network's name (honeycomb, square, triangular, dice), for the output. */
    public static String networkName(Spec spec) {
        return Designer.network(spec.lattice().type()).name()
                .toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The mean junction the couplings are in units of, from the spec's cell pass: its normal
     * resistance, E_J(0)/k_B, and the film's T_c0 and gap ratio (what k_B T = c·E_J(T) needs).
     */
    public record Junction0(double rnOhm, double ejK, double tc0K, double gapRatio) {
    }

    /** The spec's mean junction; NaNs replaced by 0 where the cell has no prediction (no necks). */
    public static Junction0 junction(Spec spec) {
        var material = Designer.material(spec);
        return Designer.cell(spec).prediction().map(p -> new Junction0(p.rnOhm(), p.ejK(), material.tc0K(),
                material.gapRatio())).orElse(new Junction0(0, 0, material.tc0K(), material.gapRatio()));
    }
}
