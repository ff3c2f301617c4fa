package org.jjmask.layout;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * A laid-out device: the outline, the hole written in the hole cell, the written lattice and the
 * blocks of holes. Coordinates of blocks are in database units ({@code dbuNm} nm each).
 */
public record Layout(Device device, GridLattice lattice, HoleShape hole, double marginNm, double dbuNm,
        List<HoleArray> arrays, LayerMap layers) {

    public Layout {
        arrays = List.copyOf(arrays);
    }

    /** Lays out {@code device} filled with {@code lattice} holes. */
    public static Layout of(Device device, GridLattice lattice, HoleShape hole, double marginNm, double dbuNm) {
        List<HoleArray> arrays = LatticeFill.fill(device.outline(), lattice, hole, marginNm, dbuNm);
        return new Layout(device, lattice, hole, marginNm, dbuNm, arrays, LayerMap.defaults());
    }

    /** The exact number of holes written. */
    public long holeCount() {
        return LatticeFill.count(arrays);
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
