package org.jjmask.design;

import org.jjmask.layout.GridLattice;
import org.jjmask.layout.Layout;

/**
 * What a design pass of a spec will cost, estimated from the spec alone before a hole is placed:
 * the holes as the area the lattice may fill over the lattice's area per hole (the fill keeps a
 * few fewer, its edge margin), whether they are placed one by one (a rotated or disordered lattice,
 * held in memory hole by hole) or as arrays, and the e-beam's write time t = D·A/I over their
 * area ({@link DesignResult#writeTimeS}'s formula, EBEAM.md). Costs a device outline and one
 * polygon intersection, whatever the size of the device.
 *
 * @param holes          estimated holes (at most {@link Long#MAX_VALUE})
 * @param scattered      the holes are placed one by one
 * @param exposedAreaNm2 their area, nm²
 * @param writeTimeS     beam time at the spec's dose and current, s
 */
public record Workload(long holes, boolean scattered, double exposedAreaNm2, double writeTimeS) {

    public static Workload of(Spec spec) {
        Spec.LatticeSpec l = spec.lattice();
        double fill = Layout.fillArea(Designer.device(spec), spec.device().contactKeepoutUm() * 1000).getArea();
        GridLattice lattice = l.gridLattice(Designer.DBU_NM);
        double perHole = lattice.areaPerHole() * Designer.DBU_NM * Designer.DBU_NM;
        double n = perHole > 0 ? fill / perHole : 0;
        long holes = n >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.round(n);
        boolean scattered = !spec.fabrication().variation().isNone() || l.rotationDeg() != 0;
        double area = holes * l.idealHole().areaNm2();
        double seconds = spec.ebeam().doseUcCm2() * 1e-6 * area * 1e-14 / (spec.ebeam().currentNa() * 1e-9);
        return new Workload(holes, scattered, area, seconds);
    }
}
