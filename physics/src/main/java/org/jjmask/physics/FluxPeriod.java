package org.jjmask.physics;

/**
 * Magnetoresistance periods (MODEL.md §6): one flux quantum per plaquette, {@code ΔB = Φ0/S}
 * (Bezryadin &amp; Pannetier, Physica C (1994); Yang et al., Science 366, 1505 (2019)); an h/e period
 * (2ΔB) would mean charge-e transport.
 */
public final class FluxPeriod {
    private FluxPeriod() {
    }

    /** h/2e period Φ0/S in tesla for a plaquette area in nm². */
    public static double periodT(double plaquetteAreaNm2) {
        Checks.positive("plaquetteAreaNm2", plaquetteAreaNm2);
        return Constants.PHI0 / (plaquetteAreaNm2 * Constants.NM * Constants.NM);
    }

    /** h/2e period Φ0/S in mT. */
    public static double periodMT(double plaquetteAreaNm2) {
        return 1e3 * periodT(plaquetteAreaNm2);
    }

    /** h/e period 2Φ0/S in mT. */
    public static double periodHOverEMT(double plaquetteAreaNm2) {
        return 2.0 * periodMT(plaquetteAreaNm2);
    }

    /** Frustration f = B·S/Φ0. */
    public static double frustration(double fieldT, double plaquetteAreaNm2) {
        return fieldT / periodT(plaquetteAreaNm2);
    }
}
