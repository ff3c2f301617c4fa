package org.jjmask.physics;

/** The literature the models rely on; {@link Predictor} attaches those it used. */
public final class Citations {
    private Citations() {
    }

    public static final Citation MAXWELL_GARNETT = new Citation("maxwell-garnett-2d",
            "Maxwell Garnett, Phil. Trans. R. Soc. A 203, 385 (1904), 2D form for insulating circular inclusions: "
                    + "R_eff = R_sq (1+phi)/(1-phi), exact to first order in the porosity phi");
    public static final Citation NECK_CHANNEL = new Citation("neck-channel-integral",
            "Narrow-neck resistance R = R_sq * integral dx / w(x) over the channel between two circular holes "
                    + "[derived, jjmask MODEL.md section 2]; asymptotically R_sq*pi*sqrt(D/2w) for w << D");
    public static final Citation LAPLACE_SOLVE = new Citation("laplace-unit-cell",
            "R_sq,eff from div(sigma grad V) = 0 on the periodic unit cell, holes insulating [jjmask MODEL.md section 2]: "
                    + "aperture-weighted finite volumes (cf. Johansen & Colella, J. Comput. Phys. 147, 60 (1998)), "
                    + "conjugate gradients (Hestenes & Stiefel, J. Res. NBS 49, 409 (1952); Apache Commons Math 3.6.1) "
                    + "with modified incomplete Cholesky (Gustafsson, BIT 18, 142 (1978)), Richardson extrapolation over "
                    + "two nested grids (Richardson, Phil. Trans. R. Soc. A 210, 307 (1911)); checked against Rayleigh's "
                    + "multipole series (Perrins, McKenzie & McPhedran, Proc. R. Soc. A 369, 207 (1979))");
    public static final Citation RESISTOR_NETWORK = new Citation("resistor-network-uniform-field",
            "R_sq,eff/R_N from the uniform-field solution of a resistor network, sigma = sum_b (x.l_b)^2/(R_N A) "
                    + "[derived, jjmask MODEL.md section 1]");
    public static final Citation DISORDERED_STIFFNESS = new Citation("network-stiffness-kirchhoff",
            "Phase stiffness of a disordered junction network as the conductance of the resistor network of its "
                    + "couplings (T = 0 XY energy = Kirchhoff dissipation; Fazio & van der Zant, Phys. Rep. 355, 235 "
                    + "(2001)); self-dual check: Dykhne, JETP 32, 63 (1971) [jjmask NetworkStiffness]");
    public static final Citation BCS = new Citation("bcs-1957",
            "Bardeen, Cooper & Schrieffer, Phys. Rev. 108, 1175 (1957): gap equation, solved in Matsubara form "
                    + "ln(Tc/T) = 2 pi kT sum_n [1/w_n - 1/sqrt(w_n^2 + Delta^2)], w_n the Matsubara frequencies; Delta(0) = pi e^-gamma k_B Tc; "
                    + "strong coupling by scaling with 2Delta0/kTc over 3.528");
    public static final Citation AMBEGAOKAR_BARATOFF = new Citation("ambegaokar-baratoff-1963",
            "Ambegaokar & Baratoff, PRL 10, 486 (1963): I_c R_N = (pi Delta/2e) tanh(Delta/2kT), "
                    + "E_J = (R_Q/2R_N) Delta tanh(Delta/2kT)");
    public static final Citation DISK_CAPACITANCE = new Citation("disk-capacitance",
            "Thin conducting disk of radius r on a dielectric half-space: C = 8 eps0 r (eps+1)/2 "
                    + "(isolated disk C = 8 eps0 r, e.g. Jackson, Classical Electrodynamics, 3rd ed., sec. 3.12)");
    public static final Citation COPLANAR_STRIPS = new Citation("coplanar-strips",
            "Coplanar-strip capacitance per length eps0 (eps+1)/2 K(k')/K(k), k = g/(g+2W) (Wen, IEEE Trans. MTT 17, "
                    + "1087 (1969); Gupta et al., Microstrip Lines and Slotlines) used as an order-of-magnitude "
                    + "junction (mutual) capacitance between neighbouring islands across a hole");
    public static final Citation HELICITY_JUMP = new Citation("helicity-jump-weber-minnhagen",
            "T_BKT from the universal jump of the helicity modulus, Upsilon = 2T/pi (Nelson & Kosterlitz, PRL 39, 1201 "
                    + "(1977); Minnhagen, Rev. Mod. Phys. 59, 1001 (1987)), with the finite-size fit of Weber & Minnhagen, "
                    + "PRB 37, 5986 (1988) [jjmask physics.mc on the design's own network]");
    public static final Citation XY_CONSTANTS = new Citation("xy-constants",
            "Classical XY k_B T_BKT/J: square 0.8929 (Hasenbusch, J. Phys. A 38, 5869 (2005); Tomita & Okabe, "
                    + "PRB 65, 184405 (2002)); honeycomb 0.575 (de Andrade et al., arXiv:2406.12076); "
                    + "triangular 1.4605(18) and dice 0.9635(12) measured with jjmask's XY Monte Carlo (no published "
                    + "values; helicity-modulus jump, Weber-Minnhagen fit over L = 8-64)");
    public static final Citation NELSON_KOSTERLITZ = new Citation("nelson-kosterlitz-1977",
            "Nelson & Kosterlitz, PRL 39, 1201 (1977): universal jump of the helicity modulus at T_BKT");
    public static final Citation BEASLEY_MOOIJ_ORLANDO = new Citation("beasley-mooij-orlando-1979",
            "Beasley, Mooij & Orlando, PRL 42, 1165 (1979): (Tc0 - T_BKT)/Tc0 = 0.173 R_sq e^2/hbar for a dirty film");
    public static final Citation QUANTUM_ARRAYS = new Citation("fazio-vanderzant-2001",
            "van der Zant et al., PRB 54, 10081 (1996); Fazio & van der Zant, Phys. Rep. 355, 235 (2001): "
                    + "charging destroys coherence near E_J/E_C ~ 0.6-1 (here: k_B T = c (E_J(T) - kappa E_C,eff), "
                    + "kappa = 1, a phenomenological choice)");
    public static final Citation DISSIPATION = new Citation("hollen-2011",
            "Hollen et al., PRB 84, 064528 (2011): nanohoneycomb a-Bi arrays turn insulating as the link resistance "
                    + "approaches R_Q; Schmid, PRL 51, 1506 (1983) and Chakravarty et al., PRB 37, 3283 (1988): an Ohmic "
                    + "shunt below R_Q keeps the phase ordered. Here alpha = R_Q/R_S of the necks' quasiparticle shunt at "
                    + "4E_C and charging acts as (1 - alpha) E_C");
    public static final Citation MATTIS_BARDEEN = new Citation("mattis-bardeen-1958",
            "Mattis & Bardeen, Phys. Rev. 111, 412 (1958): sigma1(omega)/sigma_n of a superconductor, 0 below 2Delta at "
                    + "T = 0, (1 + 2Delta/hw) E(k) - (4Delta/hw) K(k) above it, k = (hw - 2Delta)/(hw + 2Delta)");
    public static final Citation DISSIPATIVE_VORTICES = new Citation("shimshoni-auerbach-kapitulnik-1998",
            "Shimshoni, Auerbach & Kapitulnik, 'Transport through quantum melts', PRL 80, 3352 (1998) (title and "
                    + "venue not confirmed): a metallic phase from dissipative quantum tunnelling of vortices, seen in "
                    + "a-MoGe (Ephron, Yazdani, Kapitulnik & Beasley, PRL 76, 1529 (1996)); action of one vortex crossing "
                    + "a neck S = a R_Q w/(R_sq xi) (Golubev & Zaikin, PRB 64, 014504 (2001), arXiv:cond-mat/0012104, "
                    + "the phase-slip action of a wire segment of length xi; a of order one)");
    public static final Citation WEAK_LINK_PERCOLATION = new Citation("spivak-zyuzin-hruska-2001",
            "Spivak, Zyuzin & Hruska, PRB 64, 132502 (2001) (venue not confirmed): superconducting regions that do not "
                    + "percolate leave a metal at T = 0; worked out for superconducting grains in a metal by Spivak, Oreto "
                    + "& Kivelson, arXiv:0803.2902 (PRB 77, 214523 (2008)) and Kapitulnik, Kivelson & Spivak, RMP 91, "
                    + "011002 (2019); effective-medium resistance of the superconducting/normal/cut necks (Kirkpatrick, "
                    + "RMP 45, 574 (1973))");
    public static final Citation IN_PLANE_FIELD_METAL = new Citation("boettcher-2018",
            "Bøttcher et al., Nat. Phys. 14, 1138 (2018), arXiv:1711.01451: an in-plane magnetic field eliminates the "
                    + "anomalous metallic regime of a gated InAs/Al array, restoring the direct superconductor-insulator "
                    + "transition; the field scale there is the hybrid's, not transferable (B_m = 0.5 H_c2,par here is "
                    + "phenomenological)");
    public static final Citation FRUSTRATED_METAL = new Citation("sasmal-2025",
            "Sasmal et al., arXiv:2505.12536 (2025): in hybrid Josephson-junction arrays the anomalous metal's "
                    + "signature (saturating resistance) is suppressed by magnetic frustration");
    public static final Citation ANOMALOUS_METAL = new Citation("kapitulnik-kivelson-spivak-2019",
            "Kapitulnik, Kivelson & Spivak, RMP 91, 011002 (2019), arXiv:1712.07215: anomalous metals, saturating R "
                    + "below T_BKT. Caveat: in hybrid arrays the saturation has been traced to a sample hotter than the "
                    + "cryostat (Leonard et al., arXiv:2409.09835); R_sat here is an equilibrium estimate");
    public static final Citation PHASE_SLIPS = new Citation("matveev-larkin-glazman-2002",
            "Matveev, Larkin & Glazman, PRL 89, 096802 (2002): quantum phase-slip amplitude ~ exp(-sqrt(8 E_J/E_C)); "
                    + "here R_sat = R_sq,eff min(1, A exp(-sqrt(8 E_J/E_C,eff))), A = 1 (phenomenological)");
    public static final Citation ASLAMAZOV_LARKIN = new Citation("aslamazov-larkin-1968",
            "Aslamazov & Larkin, Phys. Lett. A 26, 238 (1968): 2D paraconductivity sigma = (e^2/16 hbar) Tc0/(T - Tc0); "
                    + "regularised at Tc0 over the 2D Ginzburg width Gi Tc0, Gi = e^2 R_sq/(16 hbar) "
                    + "(Larkin & Varlamov, Theory of Fluctuations in Superconductors, 2005)");
    public static final Citation HALPERIN_NELSON = new Citation("halperin-nelson-1979",
            "Halperin & Nelson, J. Low Temp. Phys. 36, 599 (1979): R/R_n = exp(-2 sqrt(b (Tc0-T)/(T-T_BKT))), b = 1");
    public static final Citation GL_CRITICAL_FIELDS = new Citation("tinkham-critical-fields",
            "Tinkham, Introduction to Superconductivity, 2nd ed. (1996), ch. 4: H_c2 = Phi0/(2 pi xi^2), "
                    + "thin film/strip H = sqrt(12) Phi0/(2 pi xi d), xi(T) = xi(0)/sqrt(1 - T/Tc); "
                    + "Saint-James & de Gennes, Phys. Lett. 7, 306 (1963): H_c3 = 1.695 H_c2");
    public static final Citation PAULI_LIMIT = new Citation("clogston-chandrasekhar-1962",
            "Clogston, PRL 9, 266 (1962); Chandrasekhar, APL 1, 7 (1962): mu0 H_P = Delta0/(sqrt2 mu_B); "
                    + "orbital and spin pair breaking combined by Werthamer, Helfand & Hohenberg, Phys. Rev. 147, 295 "
                    + "(1966) with Maki's spin terms, Phys. Rev. 148, 362 (1966)");
    public static final Citation FLUX_PERIOD = new Citation("flux-period",
            "One flux quantum Phi0 = h/2e per plaquette: Delta B = Phi0/S (Bezryadin & Pannetier, Physica C (1994); "
                    + "Yang et al., Science 366, 1505 (2019))");
    public static final Citation FRUSTRATED_XY = new Citation("frustrated-xy",
            "Teitel & Jayaprakash, PRB 27, 598 (1983): uniformly frustrated XY model, f = B S/Phi0; fully frustrated "
                    + "T_BKT: square 0.446 E_J (Olsson, PRL 75, 2758 (1995)), triangular 0.510 E_J (Loison, "
                    + "arXiv:cond-mat/0001122), honeycomb 0 (Granato, arXiv:1303.6006); here c(f) = c(0)[1 - (1 - "
                    + "c(1/2)/c(0)) sin^2(pi f)] between them (phenomenological), and a Gaussian plaquette-area "
                    + "spread damps the n-th oscillation by exp(-(2 pi n sigma_S/S)^2/2) (derived)");
    public static final Citation LITTLE_PARKS = new Citation("little-parks-envelope",
            "Little & Parks, PRL 9, 9 (1962); Tinkham, Introduction to Superconductivity (1996), ch. 4: the islands' "
                    + "T_c(B) = T_c0 (1 - 2 pi xi^2 B/Phi0), the envelope of R(B)");
    public static final Citation PAULI_FIRST_ORDER = new Citation("sarma-maki-tsuneto",
            "Sarma, J. Phys. Chem. Solids 24, 1029 (1963); Maki & Tsuneto, Prog. Theor. Phys. 31, 945 (1964): a "
                    + "Pauli-limited transition is first order at low temperature and second order above; the "
                    + "second-order line bends back below the changeover and is then a supercooling field");
    public static final Citation SPIN_EXCHANGE = new Citation("wang-2023-rare-earth-hc2",
            "Wang et al., Sci. Adv. 9, eadf6655 (2023), arXiv:2205.15355: Nd3+ 4f moments change the magnitude and "
                    + "anisotropy of H_c2 in Nd- against La-nickelates; Krieger et al., arXiv:2403.16969: field-induced "
                    + "Ni moment. Here an in-plane exchange enhancement of the spin splitting, H_P,par = H_P/(1 + "
                    + "eta_par) (phenomenological)");
    public static final Citation DE_GENNES_BOUNDARY = new Citation("de-gennes-boundary-gl",
            "Linearised Ginzburg-Landau nucleation on the unit cell with de Gennes' boundary condition dpsi/dn = -psi/b "
                    + "(de Gennes, Superconductivity of Metals and Alloys (1966) sec. 7-3; Saint-James & de Gennes, Phys. "
                    + "Lett. 7, 306 (1963)); pair breaking to T_c by Abrikosov & Gor'kov, JETP 12, 1243 (1961) / WHH, "
                    + "Phys. Rev. 147, 295 (1966); lowest mode by LOBPCG (Knyazev, SIAM J. Sci. Comput. 23, 517 (2001))");
    public static final Citation FINKELSTEIN = new Citation("finkelstein-1994",
            "Finkel'stein, JETP Lett. 45, 46 (1987); Physica B 197, 636 (1994): T_c of a disordered film against its "
                    + "sheet resistance, r = R_sq e^2/(2 pi^2 hbar), gamma = ln(hbar/(k_B T_c0 tau)), through the film's "
                    + "T_c0 at the preset's R_sq; preset gamma from the R_c of a film series: NbN R_Q/3 (Kang et al., "
                    + "J. Phys.: Condens. Matter 24, 475702 (2012)), a-Bi R_Q (Liu et al. 1991); MoGe phenomenological");
    public static final Citation SURFACE_NUCLEATION = new Citation("saint-james-de-gennes-1963",
            "Saint-James & de Gennes, Phys. Lett. 7, 306 (1963): nucleation at a wall parallel to the field, H_c3 = "
                    + "1.695 H_c2 (a clean wall); the written cell's H_c2 perp from its linearised GL eigenvalue in "
                    + "field (Peierls phases, de Gennes walls), the straight wall's value as its high-field limit");
    public static final Citation HOLE_ARRAY_NUCLEATION = new Citation("bezryadin-pannetier-1994",
            "Bezryadin & Pannetier, Physica C 235-240, 3327 (1994): a film with a lattice of holes nucleates above "
                    + "the uniform film in perpendicular field, T_c(B) oscillating with about one flux quantum per hole "
                    + "and, at low field, one per unit cell");
}
