package org.jjmask.physics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The range each number of a material or substrate preset may take according to its sources
 * (issue 12), keyed by the preset's canonical name ({@link Presets}), and the ranges of the model's
 * own parameters. Each range names its sources; where none gives a spread the range is marked
 * [guess] ({@link InputRange.Basis#GUESS}) with the reason, and a parameter's stated accuracy is
 * [pheno]. The propagation reads each range as a triangular distribution with its mode at the
 * value used.
 */
public final class PresetRanges {
    private PresetRanges() {
    }

    /**
     * The ranges of a film's numbers.
     *
     * @param tc0K T_c0 (K)
     * @param sheetResistanceOhm R_□ just above T_c (Ω)
     * @param coherenceLengthNm ξ(0) in plane (nm)
     * @param thicknessNm thickness (nm)
     * @param gapRatio 2Δ(0)/k_BT_c
     */
    public record MaterialRanges(InputRange tc0K, InputRange sheetResistanceOhm, InputRange coherenceLengthNm,
            InputRange thicknessNm, InputRange gapRatio) {
    }

    /** A film of a given thickness is known to about one unit cell more or less [guess]. */
    private static final String THICKNESS_WHY = "no source gives a spread; a grown film's thickness is known to "
            + "about 10 % (x-ray reflectivity / growth-rate calibration), taken as the range";
    private static final String GAP_PHENO = "no consensus on the gap: weak-coupling BCS 3.53 (the value used) up to ";

    private static final Map<String, MaterialRanges> MATERIALS = new LinkedHashMap<>();
    private static final Map<String, InputRange> SUBSTRATES = new LinkedHashMap<>();

    static {
        MATERIALS.put("Nd0.8Sr0.2NiO2", new MaterialRanges(
                InputRange.lit(9.0, 16.2, "onset 9-15 K: Li et al., Nature 572, 624 (2019); 16.2 K: Xiang et al., "
                        + "CPL 38, 047401 (2021)"),
                InputRange.lit(100, 600, "rho just above T_c 0.1-0.6 mOhm cm over 10 nm: Li et al. 2019 (~0.3-0.6); "
                        + "cleaner films ~0.1: Lee et al., Nature 619, 288 (2023)"),
                InputRange.lit(3.5, 6.0, "xi_ab = sqrt(Phi0/(2 pi H_c2,perp)) for H_c2,perp 9-27 T: "
                        + "Zhou et al., arXiv:2104.07316 (5.4 nm); Wang et al., Nat. Phys. 17, 473 (2021)"),
                thickness(10.0),
                InputRange.pheno(Constants.BCS_GAP_RATIO, 5.0, GAP_PHENO + "~5 from tunnelling gaps of ~2-3 meV "
                        + "(Gu et al., Nat. Commun. 11, 6027 (2020))")));
        MATERIALS.put("La0.8Sr0.2NiO2", new MaterialRanges(
                InputRange.lit(10.0, 20.0, "T_c ~10 K: Osada et al., Adv. Mater. 33, 2104083 (2021); 18.8 K: Wei et al., "
                        + "arXiv:2304.14196"),
                InputRange.guess(150, 400, "no spread published for 8 nm films; rho 0.12-0.3 mOhm cm of infinite-layer "
                        + "films taken"),
                InputRange.lit(2.8, 4.1, "xi_ab = sqrt(Phi0/(2 pi H_c2,perp)), H_c2,perp 20-40 T: Osada 2021; Wei 2023"),
                thickness(8.0),
                InputRange.pheno(Constants.BCS_GAP_RATIO, 5.0, GAP_PHENO + "~5 (as for the Nd compound; no La data)")));
        MATERIALS.put("YBCO", new MaterialRanges(
                InputRange.lit(80.0, 90.0, "~10 nm films 80-90 K (bulk 92 K): Yang et al., Science 366, 1505 (2019)"),
                InputRange.guess(50, 200, "no spread given; rho_ab 50-200 uOhm cm near T_c over 10 nm"),
                InputRange.lit(1.2, 2.0, "in-plane xi_ab(0) 1.2-2 nm (H_c2,perp 80-230 T)"),
                thickness(10.0),
                InputRange.lit(4.3, 6.6, "Delta_max 16-25 meV at T_c 88 K (d-wave; tunnelling and ARPES)")));
        MATERIALS.put("Nb", new MaterialRanges(
                InputRange.lit(7.5, 9.0, "20 nm films: Gubin et al., PRB 72, 064503 (2005)"),
                InputRange.guess(3, 10, "no spread given; rho 6-20 uOhm cm of sputtered 20 nm films"),
                InputRange.guess(8, 15, "no spread given; dirty-film 0.855 sqrt(xi0 l) for l 2-8 nm"),
                thickness(20.0),
                InputRange.lit(3.6, 3.9, "tunnelling 3.6-3.9: Carbotte, RMP 62, 1027 (1990)")));
        MATERIALS.put("NbN", new MaterialRanges(
                InputRange.lit(9.0, 14.0, "5 nm films: Kamlapure et al., APL 96, 072509 (2010); Chockalingam et al., "
                        + "PRB 77, 214503 (2008)"),
                InputRange.guess(300, 1000, "no spread given; rho 150-500 uOhm cm of 5 nm films"),
                InputRange.lit(4.0, 6.0, "xi(0) 4-6 nm from H_c2: Chockalingam 2008"),
                thickness(5.0),
                InputRange.lit(4.0, 4.4, "tunnelling on thin NbN: Kamlapure 2010")));
        MATERIALS.put("MoGe", new MaterialRanges(
                InputRange.lit(5.0, 7.3, "thin to thick a-MoGe: Graybeal & Beasley, PRB 29, 4167 (1984)"),
                InputRange.guess(120, 300, "no spread given; rho 120-300 uOhm cm over 10 nm"),
                InputRange.guess(4, 7, "no spread given; typical dirty-limit xi(0) of a-MoGe"),
                thickness(10.0),
                InputRange.pheno(Constants.BCS_GAP_RATIO, 4.0, GAP_PHENO + "4.0 (moderate coupling)")));
        MATERIALS.put("a-Bi", new MaterialRanges(
                InputRange.lit(3.0, 6.0, "films near the SIT: Stewart et al., Science 318, 1273 (2007); Hollen et al., "
                        + "PRB 84, 064528 (2011); thick a-Bi 6 K"),
                InputRange.lit(1000, 4000, "R_sq of the superconducting films of the cited series (below R_Q)"),
                InputRange.guess(3, 8, "no spread given; typical of amorphous films"),
                InputRange.guess(1.0, 2.0, "quench-condensed thickness of the cited series ~1-2 nm"),
                InputRange.pheno(4.0, 4.6, "strong coupling; tunnelling on a-Bi")));
        MATERIALS.put("Al", new MaterialRanges(
                InputRange.lit(1.2, 1.5, "thin-film enhancement over bulk 1.18 K: Cohen & Abeles, Phys. Rev. 168, 444 "
                        + "(1968)"),
                InputRange.guess(1, 5, "no spread given; rho 2-10 uOhm cm over 20 nm"),
                InputRange.guess(60, 150, "no spread given; 0.855 sqrt(xi0 l) for l 5-30 nm"),
                thickness(20.0),
                InputRange.lit(3.5, 3.6, "tunnelling on Al: weak-coupling BCS")));

        SUBSTRATES.put("SrTiO3", InputRange.lit(1.0e4, 2.5e4, "below 4 K ~2e4-2.4e4 (Mueller & Burkard, PRB 19, 3593 "
                + "(1979)); anisotropic by up to 2.4 below 6 K (Tobar et al., arXiv:1508.07550); ~1e4 near interfaces"));
        SUBSTRATES.put("KTaO3", InputRange.lit(3.5e3, 5.0e3, "microwave permittivity ~4e3-4.5e3 at 4-5 K (Geyer et al., "
                + "J. Appl. Phys. 97, 104111 (2005))"));
        SUBSTRATES.put("LaAlO3", InputRange.lit(23.0, 25.0, "microwave 23.4-24.2 at low temperature (Krupka et al., "
                + "Meas. Sci. Technol. 10, 387 (1999))"));
        SUBSTRATES.put("LSAT", InputRange.guess(21.0, 23.0, "no low-temperature spread found; 22 +- 1 taken"));
        SUBSTRATES.put("MgO", InputRange.lit(9.6, 9.9, "9.63 at low temperature to 9.8 (Krupka 1999)"));
        SUBSTRATES.put("sapphire", InputRange.lit(9.3, 11.6, "9.3 (perp c) to 11.6 (par c) at low temperature "
                + "(Krupka 1999): the film sees a mixture"));
        SUBSTRATES.put("Si", InputRange.lit(11.4, 11.7, "11.45 at 4 K to 11.7 at room temperature (Krupka et al., "
                + "2006)"));
        SUBSTRATES.put("SiO2", InputRange.lit(3.7, 4.0, "fused silica 3.78-3.82, thermal oxide 3.9-4.0"));
    }

    private static InputRange thickness(double nm) {
        return InputRange.guess(0.9 * nm, 1.1 * nm, THICKNESS_WHY);
    }

    /**
     * The ranges of a process preset's wall numbers ({@link FabricationPreset}).
     *
     * @param edgeDamageNm dead rim per hole edge (nm)
     * @param edgeExtrapolationNm de Gennes' b at the damaged wall (nm)
     */
    public record FabricationRanges(InputRange edgeDamageNm, InputRange edgeExtrapolationNm) {
    }

    /**
     * The milled process's walls are its least known numbers [pheno]: no measurement of the seed device's dead
     * edge or wall condition exists, so the ranges are those its preset's sources state (a few nm of an oxide's
     * sidewall amorphised by Ar+ milling; b of the order of the damaged rim's own thickness).
     */
    private static final FabricationRanges AAO_MILLED_WALLS = new FabricationRanges(
            InputRange.pheno(1.0, 10.0, "Ar+ milling amorphises and de-oxygenates a few nm of an oxide's sidewall: "
                    + "1-10 nm plausible, the seed device's value unmeasured (FabricationPreset.AAO_MILLED)"),
            InputRange.pheno(1.0, 10.0, "de Gennes' b of a damaged, metallic-like rim is of the order of the rim's "
                    + "own thickness: the dead edge's 1-10 nm (FabricationPreset.AAO_MILLED)"));

    /** The wall ranges of a process preset ({@code aao_milled}); empty for a process without damaged walls. */
    public static Optional<FabricationRanges> fabrication(String preset) {
        return FabricationPreset.AAO_MILLED.name().equals(preset) ? Optional.of(AAO_MILLED_WALLS) : Optional.empty();
    }

    /**
     * The factor the island capacitance may be off by [pheno]: the coplanar-strip junction
     * capacitance is an order-of-magnitude estimate good to a factor ~2 ({@link ChargingEnergy}), so
     * C is taken between half and twice the estimate.
     */
    public static final InputRange CAPACITANCE_SCALE = InputRange.pheno(0.5, 2.0,
            "C = C_g + z C_J with the coplanar-strip C_J an estimate good to a factor ~2 (ChargingEnergy)");

    /** κ = (E_J/E_C)_c [lit]: 0.6–1 for junction arrays (van der Zant et al., PRB 54, 10081 (1996)). */
    public static final InputRange CRITICAL_EJ_OVER_EC = InputRange.lit(0.6, 1.0,
            "(E_J/E_C)_c 0.6-1 for junction arrays: van der Zant et al., PRB 54, 10081 (1996); Fazio & van der Zant, "
                    + "Phys. Rep. 355, 235 (2001)");

    /**
     * Relative error of the classical XY constant c of a network ({@link IslandNetwork#xyConstant}):
     * square 0.8929 vs 0.8933(6) (Hasenbusch 2005; Tomita &amp; Okabe 2002), 0.1 %; honeycomb 0.575(8),
     * 1.4 % (de Andrade et al. 2024); triangular 1.47 [pheno] to be checked by Monte Carlo, taken 3 %;
     * dice an estimate bracketed to ±8 %. Not propagated: the predictor takes c from the network and
     * has no knob for it; it is small beside the film's ranges.
     */
    public static double xyConstantRelativeError(IslandNetwork network) {
        return switch (network) {
            case SQUARE -> 0.001;
            case HONEYCOMB -> 0.014;
            case TRIANGULAR -> 0.03;
            case DICE -> 0.08;
        };
    }

    /**
     * The measured low-temperature anisotropy γ = H_c2∥/H_c2⊥ of the unpatterned film of a preset whose in-plane
     * spin-exchange term η∥ has no source but that measurement ({@link Material#spinExchangePar()}): for the
     * Nd nickelate 1.2 (Xiang et al., CPL 38, 047401 (2021)) to 1.0, "isotropic" (Wang et al., Nat. Phys. 17, 473
     * (2021), Nd0.775Sr0.225NiO2). The propagation draws this γ and re-fits η∥ to each drawn film
     * ({@link SpinExchangeFit}): drawing η∥ on its own, independent of ξ, T_c0 and the gap ratio, would let the
     * drawn films' γ range from 0.7 to 1.35, far outside what the films show. The fit is made at the preset's own
     * thickness ({@link #filmAnisotropyThicknessNm}), not the design's: η∥ is the material's, and a thicker film
     * keeps its smaller in-plane orbital field. Empty for a film without magnetic rare-earth ions (η∥ = 0,
     * nothing to fit).
     */
    public static Optional<InputRange> filmAnisotropy(String preset) {
        return Presets.material(preset).filter(m -> m.name().equals("Nd0.8Sr0.2NiO2")).map(m -> NSNO_FILM_ANISOTROPY);
    }

    /**
     * The thickness of the film whose γ {@link #filmAnisotropy} gives: the preset's typical thickness [guess: the
     * measured films' own thicknesses are not taken from the two papers].
     */
    public static double filmAnisotropyThicknessNm(String preset) {
        return Presets.material(preset).orElseThrow().thicknessNm();
    }

    private static final InputRange NSNO_FILM_ANISOTROPY = InputRange.lit(1.0, 1.2,
            "unpatterned film's H_c2,par/H_c2,perp at the lowest temperatures: 1.2 (Xiang et al., CPL 38, 047401 "
                    + "(2021)) to 1.0, isotropic and Pauli-limited (Wang et al., Nat. Phys. 17, 473 (2021)); eta_par "
                    + "re-fitted to it for each drawn film at the preset's thickness (no direct measurement of the Nd3+ "
                    + "exchange term)");

    /** The ranges of a material preset's numbers, by canonical name or alias. */
    public static Optional<MaterialRanges> material(String preset) {
        return Presets.material(preset).map(m -> MATERIALS.get(m.name()));
    }

    /** The range of a substrate preset's ε_r at low temperature, by canonical name or alias. */
    public static Optional<InputRange> substrate(String preset) {
        return Presets.substrate(preset).map(s -> SUBSTRATES.get(s.name()));
    }
}
