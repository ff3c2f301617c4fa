package org.jjmask.exposure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.HoleArray;
import org.jjmask.layout.HoleShape;
import org.jjmask.layout.Layout;
import org.locationtech.jts.geom.Geometry;

/**
 * The holes to expose as plain numbers: centres in nm, a shape index per hole and, per shape, the
 * diameter of the disc of equal area (what the exposure model integrates). Hole {@code i} is the
 * i-th hole of {@link Layout}'s arrays in block order, row by row (for a scattered layout, the
 * order of {@code ScatteredHoles.forEach}), so an index here names the same hole in the GDS.
 *
 * <p>Arrays, not objects per hole: 5.7 million holes cost 16 bytes each plus two for the shape.
 */
public final class HolePattern {

    private final double[] x;
    private final double[] y;
    private final short[] shape;
    private final double[] diameterNm;
    private final Geometry fillAreaNm;
    private final GridLattice lattice;
    private final double dbuNm;
    /** Found once: the pattern is immutable, and bounds and probes are asked for by every step. */
    private volatile double[] bounds;
    private volatile ProbeHoles probes;

    HolePattern(double[] x, double[] y, short[] shape, double[] diameterNm, Geometry fillAreaNm, GridLattice lattice,
            double dbuNm) {
        if (x.length != y.length || x.length != shape.length) {
            throw new IllegalArgumentException("x, y and shape need one entry per hole");
        }
        this.x = x;
        this.y = y;
        this.shape = shape;
        this.diameterNm = diameterNm.clone();
        this.fillAreaNm = fillAreaNm.copy();
        this.lattice = lattice;
        this.dbuNm = dbuNm;
    }

    /** Every written hole of {@code layout}. */
    public static HolePattern of(Layout layout) {
        long n = layout.holeCount();
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many holes for one exposure pattern: " + n);
        }
        double dbu = layout.dbuNm();
        double[] x = new double[(int) n];
        double[] y = new double[(int) n];
        short[] s = new short[(int) n];
        if (layout.scattered().isPresent()) {
            var holes = layout.scattered().get();
            TreeMap<Integer, HoleShape> classes = holes.classes();
            Map<Integer, Short> index = new TreeMap<>();
            double[] d = new double[classes.size()];
            short k = 0;
            for (var e : classes.entrySet()) {
                index.put(e.getKey(), k);
                d[k] = e.getValue().equivalentDiameter() * dbu;
                k++;
            }
            int[] i = {0};
            holes.forEach((hx, hy, cls) -> {
                x[i[0]] = hx * dbu;
                y[i[0]] = hy * dbu;
                s[i[0]] = index.get(cls);
                i[0]++;
            });
            return new HolePattern(x, y, s, d, layout.fillAreaNm(), layout.lattice(), dbu);
        }
        int i = 0;
        for (HoleArray a : layout.arrays()) {
            for (int r = 0; r < a.rows(); r++) {
                double yy = (a.y() + (long) r * a.stepY()) * dbu;
                for (int c = 0; c < a.columns(); c++) {
                    x[i] = (a.x() + (long) c * a.stepX()) * dbu;
                    y[i] = yy;
                    i++;
                }
            }
        }
        return new HolePattern(x, y, s, new double[] {layout.hole().equivalentDiameter() * dbu}, layout.fillAreaNm(),
                layout.lattice(), dbu);
    }

    /** A pattern of given centres (nm), all holes discs of {@code diameterNm}; for tests and dose-test cells. */
    public static HolePattern of(double[] xNm, double[] yNm, double diameterNm, Geometry fillAreaNm, GridLattice lattice,
            double dbuNm) {
        return new HolePattern(xNm.clone(), yNm.clone(), new short[xNm.length], new double[] {diameterNm}, fillAreaNm,
                lattice, dbuNm);
    }

    /** The same holes with shape {@code shapeOf[i]} from the table {@code diametersNm} (a size-biased pattern). */
    public HolePattern withShapes(short[] shapeOf, double[] diametersNm) {
        return new HolePattern(x, y, shapeOf.clone(), diametersNm, fillAreaNm, lattice, dbuNm);
    }

    public int size() {
        return x.length;
    }

    public double xNm(int i) {
        return x[i];
    }

    public double yNm(int i) {
        return y[i];
    }

    public int shapeOf(int i) {
        return shape[i];
    }

    public int shapes() {
        return diameterNm.length;
    }

    /** Diameter of the disc with the written polygon's area of shape {@code k}, nm. */
    public double diameterNm(int k) {
        return diameterNm[k];
    }

    public double areaNm2(int k) {
        return Math.PI * diameterNm[k] * diameterNm[k] / 4;
    }

    public Geometry fillAreaNm() {
        return fillAreaNm.copy();
    }

    public GridLattice lattice() {
        return lattice;
    }

    public double dbuNm() {
        return dbuNm;
    }

    /** The index of the hole whose centre is nearest {@code (px, py)} nm (the lowest index on a tie). */
    public int nearest(double px, double py) {
        // each chunk's nearest, then the chunks in order: a later chunk wins only when strictly nearer
        int chunks = Chunks.count(x.length);
        int[] best = new int[chunks];
        double[] bestD = new double[chunks];
        java.util.stream.IntStream.range(0, chunks).parallel().forEach(c -> {
            int b = c * Chunks.SIZE;
            double bd = Double.MAX_VALUE;
            int hi = Math.min(x.length, (c + 1) * Chunks.SIZE);
            for (int i = c * Chunks.SIZE; i < hi; i++) {
                double d = (x[i] - px) * (x[i] - px) + (y[i] - py) * (y[i] - py);
                if (d < bd) {
                    bd = d;
                    b = i;
                }
            }
            best[c] = b;
            bestD[c] = bd;
        });
        int b = 0;
        double bd = Double.MAX_VALUE;
        for (int c = 0; c < chunks; c++) {
            if (bestD[c] < bd) {
                bd = bestD[c];
                b = best[c];
            }
        }
        return b;
    }

    /** Bounds of the centres, nm: {minX, minY, maxX, maxY}. */
    public double[] centreBoundsNm() {
        double[] b = bounds;
        if (b == null) {
            b = new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            // plain comparisons: the centres are finite, and Math.min's NaN care costs here
            for (int i = 0; i < x.length; i++) {
                double xi = x[i];
                double yi = y[i];
                if (xi < b[0]) {
                    b[0] = xi;
                }
                if (yi < b[1]) {
                    b[1] = yi;
                }
                if (xi > b[2]) {
                    b[2] = xi;
                }
                if (yi > b[3]) {
                    b[3] = yi;
                }
            }
            bounds = b;
        }
        return b.clone();
    }

    /** The probe holes, found once (three nearest-hole scans). */
    ProbeHoles probes() {
        ProbeHoles h = probes;
        if (h == null) {
            h = ProbeHoles.find(this);
            probes = h;
        }
        return h;
    }

    /** Lattice offsets (nm) of the neighbours of a site within {@code radiusNm}, the site itself excluded. */
    List<double[]> neighbourOffsetsNm(double radiusNm) {
        List<double[]> out = new ArrayList<>();
        long[] b0 = lattice.basis().get(0);
        int ni = (int) Math.ceil(radiusNm / (lattice.cellX() * dbuNm)) + 1;
        int nj = (int) Math.ceil(radiusNm / (lattice.cellY() * dbuNm)) + 1;
        for (long[] b : lattice.basis()) {
            for (int i = -ni; i <= ni; i++) {
                for (int j = -nj; j <= nj; j++) {
                    double dx = (b[0] - b0[0] + (double) i * lattice.cellX()) * dbuNm;
                    double dy = (b[1] - b0[1] + (double) j * lattice.cellY()) * dbuNm;
                    double r = Math.hypot(dx, dy);
                    if (r > 0 && r <= radiusNm) {
                        out.add(new double[] {dx, dy});
                    }
                }
            }
        }
        return out;
    }
}
