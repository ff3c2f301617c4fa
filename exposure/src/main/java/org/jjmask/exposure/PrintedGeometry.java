package org.jjmask.exposure;

/** Printed hole diameter and neck at the bulk, mid-edge and corner holes ({@link ProbeHoles}). */
public record PrintedGeometry(Site bulk, Site edge, Site corner) {

    /** One hole: where (µm), its drawn (equal-area) and printed diameter and the printed neck, nm. */
    public record Site(int hole, double xUm, double yUm, double drawnDiameterNm, double printedDiameterNm,
            double printedNeckNm) {}
}
