package org.jjmask.exposure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.drc.DesignRule;
import org.jjmask.layout.drc.Violation;

/**
 * The write-field grid: field size and origin such that no hole crosses a field boundary, and the
 * {@code field_boundary} rule for holes closer than a margin to one.
 *
 * <p>EBEAM.md: a stitching error is tens of nm, the size of the gaps between holes, so field
 * boundaries belong in the film between holes, and a field a whole number of lattice periods long
 * holds an identical patch in every field (a stitch error is then a uniform lattice slip). A = 100
 * nm triangular lattice has 577.35 periods of a√3 per 100 µm: no 100 µm field is commensurate.
 * {@link #plan} warns about that, optionally shrinks the field to whole periods of the written
 * lattice, and then chooses the origin on each axis in the middle of the widest band that no
 * hole's disc plus margin reaches, over every field boundary at once (a difference array over one
 * field length at the database unit). Where no straight line avoids the holes (the vertical
 * boundaries of a triangular lattice with bonds along x: its columns are a/2 apart, less than a
 * 70 nm hole), the origin cuts the fewest, and those holes are reported: each is written whole
 * from the field holding its centre (Beamfox Proximity assigns a shape to the field that
 * contains it, EBEAM.md), reaching up to a radius beyond that field's nominal edge.
 */
public final class WriteFields {
    /** The rule a hole too near a write-field boundary breaks. */
    public static final DesignRule FIELD_BOUNDARY = DesignRule.FIELD_BOUNDARY;

    /**
     * A field grid and what it does to the holes.
     *
     * @param fieldXNm        field width, nm
     * @param fieldYNm        field height, nm
     * @param originXNm       a field corner, nm (at or left of / below every hole)
     * @param originYNm       the same in y
     * @param warnings        sentences: incommensurate field sizes, no clean origin
     * @param crossing        holes whose disc a boundary cuts
     * @param adjacent        holes closer than the margin to a boundary (crossing included)
     * @param violations      the {@code field_boundary} violations, at most {@code cap}
     */
    public record Plan(double fieldXNm, double fieldYNm, double originXNm, double originYNm, List<String> warnings,
            long crossing, long adjacent, List<Violation> violations) {

        public Plan {
            warnings = List.copyOf(warnings);
            violations = List.copyOf(violations);
        }
    }

    private WriteFields() {}

    /** Chooses the origin (and, when {@code snapToLattice}, shrinks the field to whole written periods). */
    public static Plan plan(HolePattern p, double fieldNm, double marginNm, boolean snapToLattice) {
        GridLattice l = p.lattice();
        double dbu = p.dbuNm();
        double cx = l.cellX() * dbu;
        double cy = l.cellY() * dbu;
        List<String> warnings = new ArrayList<>();
        double[] exact = exactCellNm(l);
        double px = fieldNm / cx;
        double py = fieldNm / cy;
        if (Math.abs(px - Math.rint(px)) > 1e-9 || Math.abs(py - Math.rint(py)) > 1e-9) {
            warnings.add(String.format(Locale.ROOT,
                    "write field %.3f µm is %.2f × %.2f periods of the lattice's %.3f × %.3f nm cell (written %.0f × %.0f nm: "
                            + "%.2f × %.2f), not a whole number%s",
                    fieldNm / 1000, fieldNm / exact[0], fieldNm / exact[1], exact[0], exact[1], cx, cy, px, py,
                    snapToLattice ? String.format(Locale.ROOT, "; field shrunk to %.3f × %.3f µm",
                            Math.floor(px + 1e-9) * cx / 1000, Math.floor(py + 1e-9) * cy / 1000) : ""));
        }
        double fx = snapToLattice ? Math.max(1, Math.floor(px + 1e-9)) * cx : fieldNm;
        double fy = snapToLattice ? Math.max(1, Math.floor(py + 1e-9)) * cy : fieldNm;
        double[] b = p.centreBoundsNm();
        double ox = origin(p, true, fx, marginNm, warnings);
        double oy = origin(p, false, fy, marginNm, warnings);
        ox = ox + fx * Math.floor((b[0] - ox) / fx);
        oy = oy + fy * Math.floor((b[1] - oy) / fy);
        return check(p, fx, fy, ox, oy, marginNm, warnings, DrcReportCap.CAP);
    }

    /** The {@code field_boundary} rule on a given grid. */
    public static Plan check(HolePattern p, double fieldXNm, double fieldYNm, double originXNm, double originYNm,
            double marginNm) {
        return check(p, fieldXNm, fieldYNm, originXNm, originYNm, marginNm, new ArrayList<>(), DrcReportCap.CAP);
    }

    private static Plan check(HolePattern p, double fx, double fy, double ox, double oy, double marginNm,
            List<String> warnings, int cap) {
        // counted in parallel chunks (integer sums), the first `cap` violations kept in hole order
        List<long[]> parts = java.util.stream.IntStream.range(0, Chunks.count(p.size())).parallel().mapToObj(c -> {
            long[] part = new long[2 + cap];
            int kept = 0;
            int hi = Math.min(p.size(), (c + 1) * Chunks.SIZE);
            for (int i = c * Chunks.SIZE; i < hi; i++) {
                double d = clearance(p, i, fx, fy, ox, oy);
                if (d < 0) {
                    part[0]++;
                }
                if (d < marginNm) {
                    part[1]++;
                    if (kept < cap) {
                        part[2 + kept++] = i;
                    }
                }
            }
            return java.util.Arrays.copyOf(part, 2 + kept);
        }).toList();
        long crossing = 0;
        long adjacent = 0;
        List<Violation> v = new ArrayList<>();
        for (long[] part : parts) {
            crossing += part[0];
            adjacent += part[1];
            for (int k = 2; k < part.length && v.size() < cap; k++) {
                int i = (int) part[k];
                double d = clearance(p, i, fx, fy, ox, oy);
                v.add(new Violation(FIELD_BOUNDARY, String.format(Locale.ROOT,
                        "hole %.1f nm from a write-field boundary (margin %.1f nm)%s", d, marginNm,
                        d < 0 ? ": the boundary cuts it" : ""), p.xNm(i), p.yNm(i), d, marginNm));
            }
        }
        if (crossing > 0 && warnings.stream().noneMatch(w -> w.startsWith("no straight field boundary"))) {
            warnings.add(crossing + " holes cross a write-field boundary");
        }
        return new Plan(fx, fy, ox, oy, warnings, crossing, adjacent, v);
    }

    /** Hole i's distance to the nearest field boundary, less its radius, nm. */
    private static double clearance(HolePattern p, int i, double fx, double fy, double ox, double oy) {
        double r = p.diameterNm(p.shapeOf(i)) / 2;
        return Math.min(distanceToGrid(p.xNm(i), ox, fx), distanceToGrid(p.yNm(i), oy, fy)) - r;
    }

    private static double distanceToGrid(double c, double o, double f) {
        double m = ((c - o) % f + f) % f;
        return Math.min(m, f - m);
    }

    /** An origin in [0, field) (nm) in the middle of the widest band no hole's disc plus margin reaches. */
    private static double origin(HolePattern p, boolean xAxis, double fieldNm, double marginNm, List<String> warnings) {
        double dbu = p.dbuNm();
        int n = (int) Math.max(1, Math.round(fieldNm / dbu));
        // a difference array per chunk of holes, added up: integer sums, the same at any thread count
        double[] reach = new double[p.shapes()];
        for (int k = 0; k < reach.length; k++) {
            reach[k] = (p.diameterNm(k) / 2 + marginNm) / dbu;
        }
        // (eight chunks at most: each holds a whole field's array)
        int size = Math.max(Chunks.SIZE, p.size() / 8 + 1);
        int chunks = (p.size() + size - 1) / size;
        int[] diff = java.util.stream.IntStream.range(0, chunks).parallel().mapToObj(ch -> {
            int[] part = new int[n + 1];
            int end = Math.min(p.size(), (ch + 1) * size);
            // along a row the next hole's interval starts a step further: found from the last
            // one's without a division
            long prevLo = Long.MIN_VALUE;
            int prevA = 0;
            for (int i = ch * size; i < end; i++) {
                double c = (xAxis ? p.xNm(i) : p.yNm(i)) / dbu;
                double w = reach[p.shapeOf(i)];
                long lo = (long) Math.floor(c - w);
                long hi = (long) Math.ceil(c + w);
                if (hi - lo >= n) {
                    part[0]++;
                    part[n]--;
                    continue;
                }
                long step = lo - prevLo;
                int a;
                if (prevLo != Long.MIN_VALUE && step >= 0 && step < n) {
                    a = prevA + (int) step;
                    if (a >= n) {
                        a -= n;
                    }
                } else {
                    a = (int) Math.floorMod(lo, (long) n);
                }
                prevLo = lo;
                prevA = a;
                int z = a + (int) (hi - lo);
                if (z >= n) {
                    z -= n;
                }
                if (a <= z) {
                    part[a]++;
                    part[z + 1]--;
                } else {
                    part[a]++;
                    part[n]--;
                    part[0]++;
                    part[z + 1]--;
                }
            }
            return part;
        }).reduce((x, y) -> {
            for (int k = 0; k <= n; k++) {
                x[k] += y[k];
            }
            return x;
        }).orElseGet(() -> new int[n + 1]);
        int[] count = new int[n];
        int run = 0;
        for (int k = 0; k < n; k++) {
            run += diff[k];
            count[k] = run;
        }
        int min = Integer.MAX_VALUE;
        for (int k = 0; k < n; k++) {
            min = Math.min(min, count[k]);
        }
        // widest cyclic run at the fewest holes reached
        int bestStart = 0;
        int bestLen = 0;
        int start = -1;
        for (int k = 0; k < 2 * n; k++) {
            if (count[k % n] == min) {
                if (start < 0) {
                    start = k;
                }
                int len = k - start + 1;
                if (len > bestLen && len <= n) {
                    bestLen = len;
                    bestStart = start;
                }
            } else {
                start = -1;
            }
        }
        if (min > 0) {
            warnings.add(String.format(Locale.ROOT,
                    "no straight field boundary along %s keeps every hole %.1f nm clear (the holes' projections on %s "
                            + "overlap); the best origin still reaches %d holes, which are written whole from the field "
                            + "holding their centre", xAxis ? "y" : "x", marginNm, xAxis ? "x" : "y", min));
        }
        return ((bestStart + (bestLen - 1) / 2.0) % n) * dbu;
    }

    /** The exact (unrounded) rectangular super-cell of the lattice kind, nm. */
    private static double[] exactCellNm(GridLattice l) {
        double a = l.pitchNm();
        double s3 = Math.sqrt(3);
        return switch (l.type()) {
            case SQUARE -> new double[] {a, a};
            case TRIANGULAR -> new double[] {a, a * s3};
            case HONEYCOMB -> new double[] {s3 * a, 3 * a};
            case KAGOME -> new double[] {2 * a, 2 * s3 * a};
        };
    }

    private static final class DrcReportCap {
        static final int CAP = org.jjmask.layout.drc.DrcReport.DEFAULT_CAP;
    }
}
