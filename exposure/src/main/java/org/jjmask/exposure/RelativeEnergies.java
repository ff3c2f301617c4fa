package org.jjmask.exposure;

/**
 * {@code ebeam.absorbed_relative}: absorbed energy at the centre of the bulk, mid-edge and corner
 * holes ({@link ProbeHoles}), relative to the bulk hole's (so {@code bulk.value} is 1).
 */
public record RelativeEnergies(Probe bulk, Probe edge, Probe corner) {

    /** At the holes' centres. */
    public static RelativeEnergies atCentres(HolePattern p, ProbeHoles holes, ExposureModel.Energies e) {
        double ref = e.centre(holes.bulk());
        return new RelativeEnergies(probe(p, holes.bulk(), e.centre(holes.bulk()) / ref),
                probe(p, holes.edge(), e.centre(holes.edge()) / ref), probe(p, holes.corner(), e.centre(holes.corner()) / ref));
    }

    /** At the holes' rims, where the resist develops. */
    public static RelativeEnergies atRims(HolePattern p, ProbeHoles holes, ExposureModel.Energies e) {
        double ref = e.rim(holes.bulk());
        return new RelativeEnergies(probe(p, holes.bulk(), 1), probe(p, holes.edge(), e.rim(holes.edge()) / ref),
                probe(p, holes.corner(), e.rim(holes.corner()) / ref));
    }

    private static Probe probe(HolePattern p, int i, double v) {
        return new Probe(i, p.xNm(i) / 1000, p.yNm(i) / 1000, v);
    }
}
