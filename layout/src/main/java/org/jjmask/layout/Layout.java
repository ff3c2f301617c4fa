package org.jjmask.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * A laid-out device: the outline, the hole written in the hole cell, the written lattice and the
 * holes. Coordinates of blocks are in database units ({@code dbuNm} nm each).
 * {@code fillAreaNm} is where holes may go ({@link #fillArea}); every hole is at least
 * {@code marginNm} from its edges.
 *
 * <p>The holes are either on the orthogonal grid of {@code lattice}, as the blocks {@code arrays}
 * (written as AREFs), or, for a rotated lattice or one with fabrication disorder, {@code scattered}
 * (written one SREF each; {@code arrays} is then empty and {@code hole} is the nominal hole as
 * written, turned with the lattice). {@link #holesNm} and {@link #holeCount} serve both.
 */
public record Layout(Device device, GridLattice lattice, HoleShape hole, double marginNm, double dbuNm,
        List<HoleArray> arrays, LayerMap layers, double contactKeepoutNm, Geometry fillAreaNm,
        Optional<ScatteredHoles> scattered) {

    public Layout {
        arrays = List.copyOf(arrays);
        fillAreaNm = fillAreaNm.copy();
        if (scattered.isPresent() && !arrays.isEmpty()) {
            throw new IllegalArgumentException("a layout's holes are either arrays or scattered, not both");
        }
    }

    /** Holes on the grid only. */
    public Layout(Device device, GridLattice lattice, HoleShape hole, double marginNm, double dbuNm,
            List<HoleArray> arrays, LayerMap layers, double contactKeepoutNm, Geometry fillAreaNm) {
        this(device, lattice, hole, marginNm, dbuNm, arrays, layers, contactKeepoutNm, fillAreaNm, Optional.empty());
    }

    /** A layout of given blocks, no contact keep-out: the fill area follows from the device. */
    public Layout(Device device, GridLattice lattice, HoleShape hole, double marginNm, double dbuNm,
            List<HoleArray> arrays, LayerMap layers) {
        this(device, lattice, hole, marginNm, dbuNm, arrays, layers, 0, fillArea(device, 0));
    }

    /** Lays out {@code device} filled with {@code lattice} holes, no contact keep-out beyond the pads themselves. */
    public static Layout of(Device device, GridLattice lattice, HoleShape hole, double marginNm, double dbuNm) {
        return of(device, lattice, hole, marginNm, 0, dbuNm);
    }

    /** Lays out {@code device} filled with {@code lattice} holes, keeping {@code contactKeepoutNm} from its pads. */
    public static Layout of(Device device, GridLattice lattice, HoleShape hole, double marginNm, double contactKeepoutNm,
            double dbuNm) {
        Geometry area = fillArea(device, contactKeepoutNm);
        List<HoleArray> arrays = LatticeFill.fill(area, lattice, hole, marginNm, dbuNm);
        return new Layout(device, lattice, hole, marginNm, dbuNm, arrays, LayerMap.defaults(), contactKeepoutNm, area);
    }

    /**
     * Where the lattice may go: the template's fill region within the outline, minus its pads
     * grown by {@code contactKeepoutNm}. The edge margin then applies from this area's edges, so a
     * hole stays at least margin + keep-out from a pad.
     */
    public static Geometry fillArea(Device device, double contactKeepoutNm) {
        Polygon outline = device.outline();
        Geometry region = device.fillRegion();
        if (!region.equalsExact(outline)) {
            region = region.intersection(outline);
        }
        List<Polygon> pads = device.pads();
        if (!pads.isEmpty()) {
            Geometry keepout = UnaryUnionOp.union(pads);
            if (contactKeepoutNm > 0) {
                keepout = keepout.buffer(contactKeepoutNm, 16);
            }
            region = region.difference(keepout);
        }
        return region;
    }

    /**
     * Lays out {@code device} with a lattice turned by {@code rotationDeg} about its origin
     * {@code (originXNm, originYNm)} and scattered by {@code variation}: the holes are
     * {@link ScatteredHoles}. {@code lattice} is the unshifted written lattice (a hole at its origin).
     */
    public static Layout scattered(Device device, GridLattice lattice, IdealHole ideal, double marginNm,
            double contactKeepoutNm, double dbuNm, HoleVariation variation, double rotationDeg, double originXNm,
            double originYNm) {
        Geometry area = fillArea(device, contactKeepoutNm);
        ScatteredHoles holes = ScatteredHoles.fill(area, lattice, ideal, marginNm, dbuNm, variation, rotationDeg,
                originXNm, originYNm);
        return new Layout(device, lattice, ideal.written(dbuNm, rotationDeg), marginNm, dbuNm, List.of(),
                LayerMap.defaults(), contactKeepoutNm, area, Optional.of(holes));
    }

    /**
     * A hole site certainly in the bulk of the array, nm: the middle site of the largest block (of
     * arrays, or of a scattered layout's sites decided without their draws), at its nominal place.
     * Where drawings of a detail and the disordered network's window are centred; empty without holes.
     */
    public Optional<double[]> bulkSiteNm() {
        List<HoleArray> blocks = scattered.map(ScatteredHoles::interiorSites).orElse(arrays);
        return blocks.stream().max(java.util.Comparator.comparingLong(HoleArray::holes)).map(b -> {
            long x = b.x() + b.columns() / 2 * b.stepX();
            long y = b.y() + b.rows() / 2 * b.stepY();
            return scattered.map(s -> s.siteNm(x, y)).orElse(new double[] {x * dbuNm, y * dbuNm});
        });
    }

    /** The exact number of holes written. */
    public long holeCount() {
        return scattered.map(ScatteredHoles::count).orElseGet(() -> LatticeFill.count(arrays));
    }

    /** True when the holes are written one by one (rotated or disordered lattice). */
    public boolean isScattered() {
        return scattered.isPresent();
    }

    /** The written holes whose centre lies in {@code windowNm}, each with its own polygon. */
    public List<WrittenHole> holesNm(Envelope windowNm) {
        if (scattered.isPresent()) {
            return scattered.get().holesNm(windowNm);
        }
        List<WrittenHole> out = new ArrayList<>();
        for (double[] c : holeCentresNm(windowNm)) {
            out.add(new WrittenHole(c[0], c[1], hole));
        }
        return out;
    }

    /** The contact pads in nm (empty for a template without pads). */
    public List<Polygon> padsNm() {
        return device.pads();
    }

    public Polygon outlineNm() {
        return device.outline();
    }

    /** Bounding box of the outline in nm. */
    public Envelope boundsNm() {
        return device.outline().getEnvelopeInternal();
    }

    /** Bounding box of the written holes in nm (empty when there are none). */
    public Envelope holeBoundsNm() {
        if (scattered.isPresent()) {
            return scattered.get().boundsNm();
        }
        Envelope e = new Envelope();
        double r = hole.circumradius();
        for (HoleArray a : arrays) {
            e.expandToInclude((a.x() - r) * dbuNm, (a.y() - r) * dbuNm);
            e.expandToInclude((a.x() + (a.columns() - 1) * a.stepX() + r) * dbuNm,
                    (a.y() + (a.rows() - 1) * a.stepY() + r) * dbuNm);
        }
        return e;
    }

    /** Centres (nm) of the written holes whose centre lies in {@code windowNm}; for drawings of a detail. */
    public List<double[]> holeCentresNm(Envelope windowNm) {
        List<double[]> out = new ArrayList<>();
        if (scattered.isPresent()) {
            for (WrittenHole h : scattered.get().holesNm(windowNm)) {
                out.add(new double[] {h.xNm(), h.yNm()});
            }
            return out;
        }
        for (HoleArray a : arrays) {
            long i0 = Math.max(0, (long) Math.ceil((windowNm.getMinX() / dbuNm - a.x()) / a.stepX()));
            long i1 = Math.min(a.columns() - 1L, (long) Math.floor((windowNm.getMaxX() / dbuNm - a.x()) / a.stepX()));
            long j0 = Math.max(0, (long) Math.ceil((windowNm.getMinY() / dbuNm - a.y()) / a.stepY()));
            long j1 = Math.min(a.rows() - 1L, (long) Math.floor((windowNm.getMaxY() / dbuNm - a.y()) / a.stepY()));
            for (long j = j0; j <= j1; j++) {
                for (long i = i0; i <= i1; i++) {
                    out.add(new double[] {(a.x() + i * a.stepX()) * dbuNm, (a.y() + j * a.stepY()) * dbuNm});
                }
            }
        }
        return out;
    }
}
