package org.jjmask.exposure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Published PSF fits (Casino Monte Carlo, PMMA resist) shipped with nicholgroup/urpec as
 * {@code PSF*.mat}, tabulated in the project's EBEAM.md. LiNbO3 is the nearest heavy oxide with a
 * fit; no published values were found for SrTiO3, MgO or sapphire, so the LiNbO3 presets carry
 * {@link Psf#standIn()} "SrTiO3" and say so wherever they are reported.
 */
public enum PsfPreset {
    /** Si, 200 nm PMMA, 30 kV: urpec {@code PSFSi30kV200.mat}. */
    SI_30KV("si_30kv", 30, 10, 2.85, 0.67, 0, 1, "urpec PSFSi30kV200.mat (Casino; Si, 200 nm PMMA, 30 kV)", null),
    /** Si + 90 nm SiO2, 50 kV: urpec {@code PSFSi90SiO250kV200.mat}. */
    SI_SIO2_50KV("si_sio2_50kv", 50, 7.7, 7.20, 0.64, 0, 1,
            "urpec PSFSi90SiO250kV200.mat (Casino; Si + 90 nm SiO2, 50 kV)", null),
    /** Si, 170 nm PMMA, 50 kV, with the mid-range term ν 0.11, γ 63 nm: urpec {@code PSFSi50kV_170_v2.mat}. */
    SI_50KV("si_50kv", 50, 4.3, 9.2, 1.07, 0.11, 63,
            "urpec PSFSi50kV_170_v2.mat (Casino; Si, 170 nm PMMA, 50 kV, triple)", null),
    /** GaAs, 30 kV: urpec {@code PSFGaAs30kV200.mat}. */
    GAAS_30KV("gaas_30kv", 30, 14, 1.56, 1.70, 0, 1, "urpec PSFGaAs30kV200.mat (Casino; GaAs, 30 kV)", null),
    /** GaAs, 50 kV: urpec {@code PSFGaAs50kV200.mat}. */
    GAAS_50KV("gaas_50kv", 50, 11, 3.87, 2.08, 0, 1, "urpec PSFGaAs50kV200.mat (Casino; GaAs, 50 kV)", null),
    /** LiNbO3, 30 kV, as a stand-in for SrTiO3: urpec {@code PSFLiNbO3_30kV_200.mat}. */
    LINBO3_30KV("linbo3_30kv", 30, 15, 3.93, 1.72, 0, 1,
            "urpec PSFLiNbO3_30kV_200.mat (Casino; LiNbO3, 30 kV)", "SrTiO3"),
    /** LiNbO3, 50 kV, as a stand-in for SrTiO3: urpec {@code PSFLiNbO3_50kV_200.mat}. */
    LINBO3_50KV("linbo3_50kv", 50, 11, 6.41, 1.70, 0, 1,
            "urpec PSFLiNbO3_50kV_200.mat (Casino; LiNbO3, 50 kV)", "SrTiO3");

    private final String specName;
    private final double kV;
    private final Psf psf;

    PsfPreset(String specName, double kV, double alphaNm, double betaUm, double eta, double nu, double gammaNm,
            String source, String standIn) {
        this.specName = specName;
        this.kV = kV;
        this.psf = new Psf(alphaNm, betaUm, eta, nu, gammaNm, source, Optional.ofNullable(standIn));
    }

    /** The spelling in spec files ({@code ebeam.preset}). */
    public String specName() {
        return specName;
    }

    public double kiloVolts() {
        return kV;
    }

    public Psf psf() {
        return psf;
    }

    public static Optional<PsfPreset> fromSpecName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.specName.equals(n)).findFirst();
    }
}
