package org.jjmask.physics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One prediction: geometry, material, substrate and conditions in, {@link Prediction} out. SI inside,
 * energies reported in kelvin. Pure function, no state, no I/O.
 *
 * <p>The chain (MODEL.md §§2–6): normal state ({@link NormalStateModel}, default
 * {@link LaplaceSheetResistance#DEFAULT}, the Laplace solve; {@link SheetResistance#MAXWELL_GARNETT_NECK}
 * the closed-form alternative) → BCS gap ({@link BcsGap}) → E_J
 * ({@link JosephsonCoupling}) → E_C ({@link ChargingEnergy}) → T_BKT ({@link BktTransition}) →
 * R_sat ({@link PhaseSlips}) → phase → R(T) ({@link ResistanceCurve}) → fields
 * ({@link CriticalFields}, {@link FluxPeriod}).
 *
 * <p><b>Phase at the base temperature</b> (MODEL.md §4), first rule that applies:
 * <ol>
 *   <li>necks destroyed by edge damage → insulator;</li>
 *   <li>base temperature ≥ T_c onset → the film is a normal metal there; reported as
 *       {@code anomalous_metal}, the contract's only metallic phase, with flag {@code normal_state};</li>
 *   <li>R_N &gt; R_Q and E_J(0) &lt; E_C → insulator (T_BKT then reported as 0);</li>
 *   <li>T_BKT &gt; T_base and R_sat &lt; 10⁻³·R_□,eff → superconductor (R_sat reported as 0);</li>
 *   <li>otherwise anomalous metal.</li>
 * </ol>
 */
public final class Predictor {
    private Predictor() {
    }

    /** R_sat below this fraction of R_□,eff counts as zero resistance (MODEL.md §4). */
    public static final double SUPERCONDUCTOR_RSAT_FRACTION = 1e-3;

    /** Predict with the default normal-state model, {@link LaplaceSheetResistance#DEFAULT}. */
    public static Prediction predict(ArrayGeometry g, Material m, Substrate s, Conditions c) {
        return predict(g, m, s, c, LaplaceSheetResistance.DEFAULT);
    }

    /** Predict with a chosen normal-state model (e.g. a Laplace solve), the other model choices default. */
    public static Prediction predict(ArrayGeometry g, Material m, Substrate s, Conditions c, NormalStateModel model) {
        return predict(g, m, s, c, ModelOptions.withNormalState(model));
    }

    /** Predict with every model choice and phenomenological parameter given. */
    public static Prediction predict(ArrayGeometry g, Material material, Substrate s, Conditions c, ModelOptions o) {
        Material m = material;
        Objects.requireNonNull(g, "geometry");
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(s, "substrate");
        Objects.requireNonNull(c, "conditions");
        Objects.requireNonNull(o, "model options");
        NormalStateModel model = o.normalState();
        List<ValidityFlag> flags = new ArrayList<>();
        Set<Citation> cites = new LinkedHashSet<>();
        IslandNetwork net = g.network();
        double tcGiven = m.tc0K();
        double tcDisorder = o.filmTc().tcK(tcGiven, m.sheetResistanceOhm());
        // a film cleaner than the one T_c0 is quoted for (R_sq below the reference) pairs higher on the same curve
        if (tcDisorder != tcGiven) {
            cites.add(Citations.FINKELSTEIN);
            flags.add(ValidityFlag.formatted(ValidityFlag.FILM_TC_DISORDER,
                    "film T_c %.4g K -> %.4g K on Finkel'stein's T_c(R_sq) at R_sq = %.4g ohm (%s)", tcGiven,
                    tcDisorder, m.sheetResistanceOhm(), o.filmTc()));
            m = m.withTc0K(Math.max(tcDisorder, NECK_TC_FLOOR * tcGiven));
        } else if (o.filmTc() instanceof FilmTcModel.Finkelstein) {
            // chosen but not moving (the film is the one T_c0 is quoted for): still say which curve holds it
            cites.add(Citations.FINKELSTEIN);
            flags.add(ValidityFlag.formatted(ValidityFlag.FILM_TC_DISORDER,
                    "film T_c %.4g K kept: R_sq = %.4g ohm is the reference of Finkel'stein's T_c(R_sq) (%s)", tcGiven,
                    m.sheetResistanceOhm(), o.filmTc()));
        }
        double tc = m.tc0K();
        double base = c.baseTemperatureK();

        // normal state
        NormalState ns = model.solve(g, m.sheetResistanceOhm(), c.edgeDamageNm());
        flags.addAll(ns.flags());
        cites.addAll(ns.citations());
        double rEff = ns.sheetResistanceEffOhm();
        double rn = ns.rnOhm();

        // where the film pairs: the cell's nucleation (onset) and the necks' own T_c (linearised GL)
        Nucleation nuc = nucleation(g, m, c, ns);
        double tcFilm = tc;
        tc = Math.max(nuc.onsetK(), NECK_TC_FLOOR * tcFilm);
        double tcNeck = Math.max(nuc.neckTcK(), NECK_TC_FLOOR * tcFilm);
        if (nuc.suppressed()) {
            cites.add(Citations.DE_GENNES_BOUNDARY);
            flags.add(ValidityFlag.formatted(ValidityFlag.ONSET_SUPPRESSED,
                    "walls with de Gennes' b = %.3g nm: the unit cell nucleates at %.4g K (x = xi0^2 lambda = %.3g) "
                            + "below the film's T_c0 = %.4g K", nuc.extrapolationLengthNm(), nuc.onsetK(),
                    nuc.cellPairBreaking(), tcFilm));
            flags.add(ValidityFlag.formatted(ValidityFlag.NECK_TC,
                    "the %.3g nm necks pair at T_c,neck = %.4g K (strip mode x = %.3g; BCS gap of that T_c): "
                            + "islands pair at the onset, necks couple below T_c,neck, the array orders at T_BKT",
                    ns.effectiveNeckWidthNm(), nuc.neckTcK(), nuc.neckPairBreaking()));
        }
        // gap and Josephson coupling
        double gap0 = BcsGap.gap0J(tc, m.gapRatio());
        double gap0Neck = BcsGap.gap0J(tcNeck, m.gapRatio());
        double gap0MeV = gap0 / Constants.E * 1e3;
        cites.add(Citations.BCS);
        if (Math.abs(m.gapRatio() / Constants.BCS_GAP_RATIO - 1.0) > 1e-3) {
            flags.add(ValidityFlag.formatted(ValidityFlag.STRONG_COUPLING_SCALED,
                    "BCS Delta(T) scaled by 2Delta0/kTc = %.3f over 3.528", m.gapRatio()));
        }
        // a disordered network is as stiff as a uniform one of junctions with R_N / factor (NetworkStiffness):
        // that junction sets E_J and the transition; R_N itself stays the mean junction's
        // a measured XY constant comes from couplings that carry the disorder (in units of the mean junction):
        // the mean junction's E_J with it, not the stiffness factor on top
        double stiffness = o.measuredXy().isPresent() ? 1.0 : g.stiffnessFactor();
        double rnStiff = rn / (stiffness * o.couplingScale());
        if (o.couplingScale() != 1.0) {
            flags.add(ValidityFlag.formatted(ValidityFlag.CLEAN_CONSTRICTION,
                    "E_J taken as %.3g x Ambegaokar-Baratoff's (model.coupling; Kulik-Omelyanchuk clean constriction "
                            + "gives 2 at T = 0)", o.couplingScale()));
        }
        if (stiffness != 1.0) {
            flags.add(ValidityFlag.formatted(ValidityFlag.DISORDERED_NETWORK,
                    "the extracted network is %.4g x as stiff as a uniform network of its mean junction: E_J, T_BKT "
                            + "and R_sat are those of R_N = %.4g ohm", g.stiffnessFactor(), rnStiff));
            cites.add(Citations.DISORDERED_STIFFNESS);
        }
        // necks consumed by the dead edge carry no supercurrent: the clamped neck stands in for R_N only
        double ej0J = ns.necksDestroyed() ? 0.0 : JosephsonCoupling.ejJ(rnStiff, gap0Neck, 0.0);
        double ej0K = ej0J / Constants.KB;
        cites.add(Citations.AMBEGAOKAR_BARATOFF);

        // charging
        double damageArea = Math.PI * (ns.effectiveHoleDiameterNm() * ns.effectiveHoleDiameterNm()
                - g.holeDiameterNm() * g.holeDiameterNm()) / 4.0 / net.islandsPerHole();
        double islandNm2 = Math.max(g.islandAreaNm2() - damageArea, 0.01 * g.islandAreaNm2());
        double rIsland = ChargingEnergy.islandRadiusM(islandNm2 * Constants.NM * Constants.NM);
        double cg = ChargingEnergy.groundCapacitanceF(rIsland, s.epsilonLowT());
        double cj = ChargingEnergy.junctionCapacitanceF(ns.effectiveHoleDiameterNm() * Constants.NM, rIsland,
                s.epsilonLowT());
        double cap = ChargingEnergy.totalCapacitanceF(cg, net.coordination(), cj);
        double ecJ = ChargingEnergy.chargingEnergyJ(cap);
        double ecK = ecJ / Constants.KB;
        cites.add(Citations.DISK_CAPACITANCE);
        if (cj > 0) {
            cites.add(Citations.COPLANAR_STRIPS);
            flags.add(ValidityFlag.formatted(ValidityFlag.JUNCTION_CAPACITANCE_ESTIMATE,
                    "C = C_g + z C_J = %.3g F + %d x %.3g F; C_J is a coplanar-strip estimate across the hole "
                            + "(factor ~2)", cg, net.coordination(), cj));
        }

        // one E_C everywhere; the junction's physical shunt at the charge fluctuation's ħω = 4E_C
        double gapBaseNeckJ = base < tcNeck ? BcsGap.gapJ(base, tcNeck, m.gapRatio()) : 0.0;
        double shunt = Dissipation.shuntFraction(4 * ecJ, gapBaseNeckJ, base);
        double alpha = Dissipation.alpha(shunt, rn, o.dissipativeThresholdOhm(), o.environmentOhm());
        double chargingK = ecK * Math.max(0.0, 1.0 - alpha);
        cites.add(Citations.XY_CONSTANTS);
        cites.add(Citations.NELSON_KOSTERLITZ);
        cites.add(Citations.QUANTUM_ARRAYS);
        cites.add(Citations.DISSIPATION);
        cites.add(Citations.MATTIS_BARDEEN);
        double xy = o.measuredXy().map(MeasuredXyConstant::value).orElse(net.xyConstant());
        if (o.measuredXy().isPresent()) {
            cites.add(Citations.HELICITY_JUMP);
            MeasuredXyConstant mx = o.measuredXy().get();
            flags.add(ValidityFlag.formatted(ValidityFlag.MONTE_CARLO_XY,
                    "k_B T_BKT/E_J = %.4f +- %.4f measured by XY Monte Carlo on this design's network (%s) instead of "
                            + "the %s network's tabulated %.4f", mx.value(), mx.error(), mx.description(),
                    net.name().toLowerCase(Locale.ROOT), net.xyConstant()));
        } else if (net.xyConstantIsEstimate()) {
            flags.add(ValidityFlag.formatted(ValidityFlag.DICE_XY_ESTIMATE,
                    "dice network: c = %.4f estimated from the helicity modulus (2/sqrt3) x square-lattice ratio "
                            + "0.8929, uncertain by ~8 %%; no published value", net.xyConstant()));
        }
        flags.add(ValidityFlag.formatted(ValidityFlag.CHARGING_SCREENED,
                "shunt: sigma1(4E_C)/sigma_n = %.3g of the necks (Mattis-Bardeen, 4E_C = %.3g K against 2Delta = %.3g K, "
                        + "thermal quasiparticles at %.3g K) gives alpha = R_th/R_S = %.3g; charging acts as (1 - alpha) E_C "
                        + "= %.4g K of E_C = %.4g K", shunt, 4 * ecK, 2 * gapBaseNeckJ / Constants.KB, base, alpha,
                chargingK, ecK));
        BktTransition.Result bkt = BktTransition.arrayK(xy, rnStiff, tcNeck, m.gapRatio(), chargingK,
                o.criticalEjOverEc());
        double tbkt = bkt.tbktK();
        double coherenceMargin = o.criticalEjOverEc() * chargingK > 0 ? ej0K / (o.criticalEjOverEc() * chargingK)
                : Double.POSITIVE_INFINITY;
        if (bkt.coherent() && chargingK > 0 && bkt.classicalK() > 0) {
            flags.add(ValidityFlag.formatted(ValidityFlag.QUANTUM_CORRECTION,
                    "k_B T = c (E_J(T) - %.2f (1 - alpha) E_C), (1 - alpha) E_C = %.4g K: T_BKT %.4g K -> %.4g K",
                    o.criticalEjOverEc(), chargingK, bkt.classicalK(), tbkt));
        }
        double tbktFilm = BktTransition.filmK(tcFilm, m.sheetResistanceOhm(), m.gapRatio());
        cites.add(Citations.BEASLEY_MOOIJ_ORLANDO);
        double bmo = BktTransition.bmoCorrection(m.sheetResistanceOhm());
        if (bmo > 0.1) {
            flags.add(ValidityFlag.formatted(ValidityFlag.FILM_BKT_LARGE_RS,
                    "0.173 R_sq e^2/hbar = %.3f > 0.1: film T_BKT blends BMO into the self-consistent universal-jump "
                            + "value", bmo));
        }
        if (tbkt > tbktFilm) {
            flags.add(ValidityFlag.formatted(ValidityFlag.TBKT_CAPPED_BY_FILM,
                    "array T_BKT %.4g K capped at the unpatterned film's %.4g K", tbkt, tbktFilm));
            tbkt = tbktFilm;
        }

        // the necks at the base temperature, and R_sat from the chosen mechanism (the other for comparison)
        double ejBaseJ = base < tcNeck && !ns.necksDestroyed() ? JosephsonCoupling.ejJ(rnStiff, gapBaseNeckJ, base)
                : 0.0;
        double chargeAction = PhaseSlips.action(ejBaseJ, chargingK * Constants.KB);
        WeakLinks links = WeakLinks.of(ns.necksDestroyed() ? Math.min(0.0, ns.effectiveNeckWidthNm())
                        : ns.effectiveNeckWidthNm(), g.neckWidthStdNm(), CriticalFields.glXiSquaredNm2(m.coherenceLengthNm()),
                nuc.cellPairBreaking(), new org.jjmask.physics.gl.EdgeCondition(c.edgeExtrapolationNm()),
                base / tcFilm, Constants.RQ / m.sheetResistanceOhm(), VORTEX_ACTION_SCALE);
        AnomalousMetal.Inputs amIn = new AnomalousMetal.Inputs(rEff, links, chargeAction, net.coordination(),
                Constants.RQ / m.sheetResistanceOhm());
        Saturation saturation = o.anomalousMetal().saturate(amIn);
        Saturation alternative = (o.anomalousMetal() instanceof AnomalousMetal.WeakLinkPercolation
                ? new AnomalousMetal.DissipativePhaseSlips(o.phaseSlipScale())
                : (AnomalousMetal) new AnomalousMetal.WeakLinkPercolation()).saturate(amIn);
        double rSat = saturation.rSatOhm();
        cites.add(Citations.ANOMALOUS_METAL);
        cites.add(o.anomalousMetal() instanceof AnomalousMetal.WeakLinkPercolation ? Citations.WEAK_LINK_PERCOLATION
                : Citations.DISSIPATIVE_VORTICES);
        cites.add(Citations.PHASE_SLIPS);
        Phase phase;
        String criterion;
        double cutShare = 1 - 2.0 / net.coordination();
        if (ns.necksDestroyed() || links.cut() >= cutShare) {
            phase = Phase.INSULATOR;
            criterion = ns.necksDestroyed() ? String.format(Locale.ROOT,
                    "insulator: edge damage 2 x %.3g nm consumes the %.3g nm necks; the film is cut apart",
                    c.edgeDamageNm(), g.neckWidthNm()) : String.format(Locale.ROOT,
                    "insulator: %.3g of the necks are cut (w - 2 delta <= 0), at least 1 - 2/z = %.3g: the film does "
                            + "not percolate", links.cut(), cutShare);
            tbkt = 0.0;
            rSat = rEff;
        } else if (base >= tc) {
            phase = Phase.ANOMALOUS_METAL;
            criterion = String.format(Locale.ROOT,
                    "normal metal: T_base = %.4g K >= T_c onset = %.4g K (reported as anomalous_metal)", base, tc);
            flags.add(new ValidityFlag(ValidityFlag.NORMAL_STATE, criterion
                    + "; R_sat is meaningless there and reported as 0"));
            rSat = 0.0;
        } else if (!bkt.coherent()) {
            phase = Phase.INSULATOR;
            criterion = String.format(Locale.ROOT,
                    "insulator: E_J(0) = %.4g K <= kappa (1 - alpha) E_C = %.3g x %.4g K (alpha = %.3g, R_N = %.4g ohm): "
                            + "charging wins, no phase coherence", ej0K, o.criticalEjOverEc(), chargingK, alpha, rn);
            tbkt = 0.0;
            // the curve is drawn saturating at the mechanism's R_sat (the upturn is not modelled): continuous
            // across the declared boundary, where the slips proliferate
        } else if (tbkt > base && rSat < SUPERCONDUCTOR_RSAT_FRACTION * rEff) {
            phase = Phase.SUPERCONDUCTOR;
            criterion = String.format(Locale.ROOT,
                    "superconductor: T_BKT = %.4g K > T_base = %.4g K and R_sat = %.3g ohm < 1e-3 R_sq,eff = %.3g ohm "
                            + "(%s: %s)", tbkt, base, rSat, SUPERCONDUCTOR_RSAT_FRACTION * rEff, saturation.mechanism(),
                    saturation.parameters());
            rSat = 0.0;
        } else if (tbkt > base) {
            phase = Phase.ANOMALOUS_METAL;
            criterion = String.format(Locale.ROOT,
                    "anomalous metal: T_BKT = %.4g K > T_base = %.4g K but R_sat = %.3g ohm >= 1e-3 R_sq,eff = %.3g ohm, "
                            + "set by %s (%s)", tbkt, base, rSat, SUPERCONDUCTOR_RSAT_FRACTION * rEff,
                    saturation.mechanism(), saturation.parameters());
        } else {
            phase = Phase.ANOMALOUS_METAL;
            criterion = String.format(Locale.ROOT,
                    "anomalous metal: T_BKT = %.4g K <= T_base = %.4g K < T_c onset = %.4g K", tbkt, base, tc);
        }
        if (tbkt <= 0.0) {
            tbkt = 0.0;
            flags.add(ValidityFlag.formatted(ValidityFlag.NO_COHERENCE,
                    "no phase coherence: E_J(0) = %.4g K vs (1 - alpha) E_C = %.4g K (E_C = %.4g K), R_N/R_Q = %.3g; "
                            + "T_BKT reported as 0", ej0K, chargingK, ecK, rn / Constants.RQ));
        }
        if (phase != Phase.SUPERCONDUCTOR && rSat > 0) {
            flags.add(ValidityFlag.formatted(ValidityFlag.RSAT_PHENOMENOLOGICAL,
                    "R_sat = %.4g ohm by %s: %s (distance from its boundary %s = %.3g)", rSat, saturation.mechanism(),
                    saturation.parameters(), saturation.boundaryMeasure(), saturation.boundaryDistance()));
        }
        if (phase == Phase.INSULATOR) {
            flags.add(new ValidityFlag(ValidityFlag.INSULATOR_UPTURN_NOT_MODELLED,
                    "insulator: R(T) is drawn saturating at R_sat; the insulating upturn is not modelled"));
        }
        PhaseModel phaseModel = new PhaseModel(shunt, alpha, chargingK, coherenceMargin, links,
                saturation, alternative);

        // R(T)
        ResistanceCurve.Parameters rp = new ResistanceCurve.Parameters(tc, Math.min(tbkt, tc), rEff,
                m.sheetResistanceOhm(), Math.min(rSat, rEff));
        List<RtPoint> rOfT = ResistanceCurve.curve(rp, base);
        cites.add(Citations.ASLAMAZOV_LARKIN);
        cites.add(Citations.HALPERIN_NELSON);

        // field
        double periodMT = FluxPeriod.periodMT(g.plaquetteAreaNm2());
        double periodHOverEMT = FluxPeriod.periodHOverEMT(g.plaquetteAreaNm2());
        cites.add(Citations.FLUX_PERIOD);
        double neckForFields = ns.necksDestroyed() ? 0.0 : ns.effectiveNeckWidthNm();
        java.util.Optional<CellField> cell = cellInField(g, m, c, ns, nuc, tcFilm);
        CriticalFields.Result hc = cell.isPresent()
                ? CriticalFields.at(Math.min(base, tc), cell.get(), m.coherenceLengthNm(), m.thicknessNm(), neckForFields,
                        m.spinExchangePar(), 0.0)
                : CriticalFields.at(Math.min(base, tc), tc, m.coherenceLengthNm(), m.thicknessNm(), neckForFields, gap0,
                        m.spinExchangePar());
        if (cell.isPresent()) {
            cites.add(Citations.SURFACE_NUCLEATION);
            cites.add(Citations.HOLE_ARRAY_NUCLEATION);
        } else if (!ns.necksDestroyed() && ns.effectiveHoleDiameterNm() > 0 && !hc.neckStripDecides()) {
            flags.add(new ValidityFlag(ValidityFlag.HC2_NECK_STRIP, String.format(Locale.ROOT,
                    "H_c2 perp from the film and neck-strip formulas: cell-in-field.csv holds no GL cell in field "
                            + "for the %s lattice at these holes and %s",
                    LaplaceSheetResistance.holeLattice(g.network()).name().toLowerCase(Locale.ROOT),
                    Double.isInfinite(c.edgeExtrapolationNm()) ? "clean walls"
                            : String.format(Locale.ROOT, "b = %.3g nm", c.edgeExtrapolationNm()))));
        }
        cites.add(Citations.GL_CRITICAL_FIELDS);
        cites.add(Citations.PAULI_LIMIT);
        if (hc.neckStripDecides()) {
            flags.add(ValidityFlag.formatted(ValidityFlag.HC2_NECK_STRIP,
                    "neck %.3g nm < sqrt12 xi(T): H_c2 perp = sqrt12 Phi0/(2 pi xi w) = %.4g T (orbital)",
                    ns.effectiveNeckWidthNm(), hc.perpOrbitalT()));
        }
        if (hc.surfaceBoundDecides()) {
            flags.add(ValidityFlag.formatted(ValidityFlag.HC2_THICK_FILM,
                    "thickness %.3g nm > ~2 xi: H_c2 par = 1.695 H_c2 perp,film = %.4g T (surface nucleation bound)",
                    m.thicknessNm(), hc.parOrbitalT()));
        }
        if (hc.perpT() < 0.9 * hc.perpOrbitalT() || hc.parT() < 0.9 * hc.parOrbitalT()) {
            flags.add(ValidityFlag.formatted(ValidityFlag.HC2_PAULI_LIMITED,
                    "Clogston limit %.4g T; WHH/Maki with the Zeeman term gives perp %.4g T (orbital %.4g), par %.4g T "
                            + "(orbital %.4g)", hc.pauliT(), hc.perpT(), hc.perpOrbitalT(), hc.parT(), hc.parOrbitalT()));
        }
        FieldResponse field = FieldPredictor.predict(new FieldPredictor.Inputs(net, g.plaquetteAreaNm2(),
                g.plaquetteAreaStdNm2(), nuc.suppressed() ? m.withTc0K(tcNeck) : m, nuc.suppressed() ? gap0Neck : gap0, rnStiff, chargingK, o.criticalEjOverEc(), rEff,
                phase == Phase.SUPERCONDUCTOR ? 0.0 : Math.min(rSat, rEff), tbkt, neckForFields, base,
                xy / net.xyConstant(), cell, tc, gap0), o.fieldCurves());
        if (o.fieldCurves()) {
            // R_sat of both mechanisms in field at the base temperature, from their zero-field values
            field = field.withSaturation(SaturationInField.of(saturation, alternative, rEff, net,
                    field.frustrationSpreadPerPeriod(), field.periodMT(), field.hc2ParBaseT(), base));
            cites.add(Citations.IN_PLANE_FIELD_METAL);
            cites.add(Citations.FRUSTRATED_METAL);
        }
        firstOrderRegion(field.hc2(), flags, cites);
        cites.add(Citations.FRUSTRATED_XY);
        cites.add(Citations.LITTLE_PARKS);
        if (m.spinExchangePar() > 0) {
            cites.add(Citations.SPIN_EXCHANGE);
        }
        if (hc.perpT() > 0 && hc.anisotropy() < 1.0) {
            String where = field.hc2().reversalTemperatureK().isPresent()
                    ? String.format(Locale.ROOT, "below %.3g K", field.hc2().reversalTemperatureK().getAsDouble())
                    : o.fieldCurves() ? "at every temperature" : "at the base temperature";
            flags.add(new ValidityFlag(ValidityFlag.HC2_REVERSAL, String.format(Locale.ROOT,
                    "gamma = H_par/H_perp = %.3f < 1 (%s): anisotropy reversed; %s and the in-plane spin term "
                            + "(eta_par = %.3g) limits the parallel field",
                    hc.anisotropy(), where, cell.isPresent()
                            ? String.format(Locale.ROOT, "the written cell's GL nucleation in perpendicular field "
                                    + "gives an orbital H_c2 perp of %.4g T", hc.perpOrbitalT())
                            : "the necks lift the perpendicular orbital limit", m.spinExchangePar())));
        }
        if (m.spinExchangePar() > 0) {
            flags.add(ValidityFlag.formatted(ValidityFlag.SPIN_EXCHANGE_PHENOMENOLOGICAL,
                    "in-plane Zeeman term (1 + eta_par) mu_B B, Clogston limit H_P/(1 + eta_par) = %.4g T with eta_par = "
                            + "%.3g [pheno: exchange term of the rare-earth moments, not measured; fitted to the unpatterned film's "
                            + "H_c2 par / H_c2 perp]", hc.pauliParT(), m.spinExchangePar()));
        }
        if (FrustratedBkt.halfRatioIsGuess(net)) {
            flags.add(ValidityFlag.formatted(ValidityFlag.FRUSTRATED_XY_GUESS,
                    "T_BKT(f = 1/2)/T_BKT(0) = %.2f on the dice network is a guess (no published value); T_BKT(f) and "
                            + "R(B) between the integer-f minima follow it", FrustratedBkt.halfRatio(net)));
        }

        validity(flags, ns, m, tc, tbkt, ej0K, ecK, rn, g);

        return new Prediction(rEff, rn, gap0MeV, ej0K, ecK, ej0K / ecK, cap, tc, tbktFilm, tbkt, rSat, phase,
                criterion + "; R_N by " + ns.method(), periodMT, periodHOverEMT, hc.perpT(), hc.parT(), rOfT, flags,
                List.copyOf(cites), field, nuc, phaseModel, CriticalFields.at(Math.min(base, tcFilm), tcFilm,
                        m.coherenceLengthNm(), m.thicknessNm(), 0.0, BcsGap.gap0J(tcFilm, m.gapRatio()),
                        m.spinExchangePar()));
    }

    /** a of Golubev–Zaikin's vortex action S_V = a (R_Q/R_□) w/ξ [pheno: "of order one", Golubev &amp; Zaikin 2001]. */
    public static final double VORTEX_ACTION_SCALE = 1.0;

    /** T_c,neck below this fraction of T_c0 counts as unpaired necks (E_J = 0): keeps the BCS solves finite. */
    public static final double NECK_TC_FLOOR = 1e-6;

    /** Flags each orientation whose second-order H_c2(T) line peaks above T = 0 ({@link Hc2Curve#secondOrderPeak}). */
    private static void firstOrderRegion(Hc2Curve curve, List<ValidityFlag> flags, Set<Citation> cites) {
        boolean any = false;
        for (boolean parallel : new boolean[] {false, true}) {
            java.util.Optional<Hc2Curve.Point> peak = curve.secondOrderPeak(parallel);
            if (peak.isPresent()) {
                any = true;
                flags.add(ValidityFlag.formatted(ValidityFlag.HC2_FIRST_ORDER_REGION,
                        "H_c2 %s of the second-order WHH/Maki line peaks at %.4g T at %.3g K and falls to %.4g T at 0 K: "
                                + "Pauli-limited without spin-orbit scattering, the line below its peak lies where the "
                                + "transition is first order [sarma-maki-tsuneto], so the field reported there is a lower "
                                + "(supercooling) bound; gamma compares both orientations on the same line, as eta_par's fit "
                                + "to the film does",
                        parallel ? "par" : "perp", peak.get().field(parallel), peak.get().temperatureK(),
                        curve.points().get(0).field(parallel)));
            }
        }
        if (any) {
            cites.add(Citations.PAULI_FIRST_ORDER);
        }
    }

    /**
     * The written cell in a perpendicular field ({@link CellField}) for the lattice of the geometry's
     * network at the electrical D/a (held at the table's last column) and the walls' b; empty where the table
     * holds no such cell.
     */
    static java.util.Optional<CellField> cellInField(ArrayGeometry g, Material m, Conditions c, NormalState ns,
            Nucleation nuc, double tcFilmK) {
        // the ideal cell with the written area per hole (the h/2e plaquette), so that T_c(B)'s period is the
        // h/2e period the summary reports; D/a against the same pitch
        org.jjmask.physics.laplace.HoleLattice lattice = LaplaceSheetResistance.holeLattice(g.network());
        double pitch = g.plaquetteAreaNm2() > 0
                ? Math.sqrt(g.plaquetteAreaNm2() * lattice.sites() / (lattice.widthPerPitch() * lattice.heightPerPitch()))
                : g.pitchNm();
        // D/a is held at the table's last column beyond it (as CellInField does between D_MAX and 1), also where
        // the electrical diameter reaches the pitch (necks cut by the dead edge, or the mean of a disordered or
        // non-circular network that keeps necks): the islands still nucleate, and H_c2 perp would otherwise jump
        // to the film's or the neck strip's
        double dOverA = Math.min(ns.effectiveHoleDiameterNm() / pitch, CellInField.D_MAX);
        double b = c.edgeExtrapolationNm() / pitch;
        if (!CellInField.tabulated(lattice, dOverA, b)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CellField(lattice, pitch, dOverA,
                b, CriticalFields.glXiSquaredNm2(m.coherenceLengthNm()), tcFilmK, BcsGap.gap0J(tcFilmK, m.gapRatio()),
                nuc.cellPairBreaking()));
    }

    /** The cell's and the necks' nucleation for the walls' b; clean walls: the film's T_c0. */
    static Nucleation nucleation(ArrayGeometry g, Material m, Conditions c, NormalState ns) {
        if (Double.isInfinite(c.edgeExtrapolationNm())) {
            return Nucleation.clean(m.tc0K());
        }
        // where the electrical diameter reaches the pitch (necks cut by the dead edge, or the mean of a disordered
        // or non-circular network that keeps necks) the cell is held at its last node: its islands, walled by the
        // same pair-breaking rims, nucleate as just below, and the necks' strip mode (their remaining width, the
        // clamp's where they are cut) decides them; the clean film's T_c0 there was a jump back up from ~0
        double diameter = Math.min(ns.effectiveHoleDiameterNm(), GlNucleation.D_LAST * g.pitchNm());
        return GlNucleation.of(g.network(), g.pitchNm(), diameter, ns.effectiveNeckWidthNm(), m,
                c.edgeExtrapolationNm());
    }

    /** Necks wider than this many ξ(0) are film-like. */
    public static final double FILM_LIKE_NECK_XI = 10.0;
    /** E_J(0)/E_C below this: charging is no longer a small correction. */
    public static final double EC_COMPARABLE_RATIO = 10.0;
    /** T_BKT within this fraction of T_c0: no second stage to see. */
    public static final double NO_SECOND_STAGE_FRACTION = 0.01;
    /** R_N/R_Q beyond which the self-consistent table of MODEL.md §1 and the cited array data stop. */
    public static final double MAX_TABULATED_RN_OVER_RQ = 3.0;

    /**
     * Where the array picture or the cited sources are stretched (issue 5, MODEL.md §§1–4): necks
     * much wider than ξ (the weak-link picture of a Josephson array weakens: the film between holes
     * behaves as film, Tinkham's strip criterion w &lt; 4.4ξ for one-dimensional necks), necks
     * narrower than ξ (a one-dimensional weak link whose own T_c may be lower, not modelled), E_C
     * comparable to E_J (charging is then more than the first-order correction used), T_BKT within
     * 1 % of T_c0 (no visible second stage), and R_N/R_Q beyond the range MODEL.md's T_BKT table and
     * the cited arrays cover.
     */
    private static void validity(List<ValidityFlag> flags, NormalState ns, Material m, double tc, double tbkt,
            double ej0K, double ecK, double rn, ArrayGeometry g) {
        double w = ns.effectiveNeckWidthNm();
        double xi = m.coherenceLengthNm();
        if (!ns.necksDestroyed() && w > FILM_LIKE_NECK_XI * xi) {
            flags.add(ValidityFlag.formatted(ValidityFlag.FILM_LIKE_NECKS,
                    "necks %.4g nm = %.3g xi(0): much wider than xi, the film between holes acts as film and the "
                            + "Josephson-array picture is weak (T_BKT tends to the film's)", w, w / xi));
        }
        if (!ns.necksDestroyed() && w < xi) {
            flags.add(ValidityFlag.formatted(ValidityFlag.NECK_BELOW_XI,
                    "necks %.4g nm < xi(0) = %.3g nm: one-dimensional weak links; their own T_c follows the walls' "
                            + "extrapolation length (fabrication edge condition; clean walls suppress nothing)", w, xi));
        }
        if (ecK > 0 && ej0K / ecK < EC_COMPARABLE_RATIO && ej0K / ecK > 0) {
            flags.add(ValidityFlag.formatted(ValidityFlag.EC_COMPARABLE_EJ,
                    "E_J/E_C = %.3g < %.0f: charging is comparable to the coupling; the first-order quantum "
                            + "correction used is a rough guide here", ej0K / ecK, EC_COMPARABLE_RATIO));
        }
        if (tbkt > 0 && tc - tbkt < NO_SECOND_STAGE_FRACTION * tc) {
            flags.add(ValidityFlag.formatted(ValidityFlag.NO_SECOND_STAGE,
                    "T_BKT = %.4g K is within %.0f %% of T_c0 = %.4g K: the two stages will not be seen apart "
                            + "(narrower necks, edge damage or a larger R_sq separate them)", tbkt,
                    100 * NO_SECOND_STAGE_FRACTION, tc));
        }
        if (rn / Constants.RQ > MAX_TABULATED_RN_OVER_RQ) {
            flags.add(ValidityFlag.formatted(ValidityFlag.EXTRAPOLATED,
                    "R_N/R_Q = %.3g is beyond %.0f, where MODEL.md's self-consistent T_BKT table and the cited "
                            + "junction-array data end: an extrapolation", rn / Constants.RQ, MAX_TABULATED_RN_OVER_RQ));
        }
    }
}
