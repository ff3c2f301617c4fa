package org.jjmask.design;

import org.jjmask.layout.drc.NeckStatistics;
import org.jjmask.layout.drc.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.List;
import org.jjmask.layout.LayerMap;
import org.jjmask.layout.Annotations;
import org.jjmask.layout.HoleVariation;
import org.jjmask.layout.Layout;
import org.jjmask.layout.ScatteredHoles;
import org.jjmask.layout.network.NetworkStatistics;
import org.jjmask.physics.Citation;
import org.jjmask.physics.FilmPrediction;
import org.jjmask.physics.Prediction;
import org.jjmask.physics.RtPoint;
import org.jjmask.physics.ValidityFlag;

/**
 * The JSON summary of a design (CONTRACT.md's keys and more). Derived numbers carry six
 * significant digits, the precision the report prints, so that the two agree to the digit;
 * nothing time-dependent is written, so the same spec always gives the same bytes.
 */
public final class Summary {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Summary() {}

    /** {@link #sig}, with 0 for a quantity an empty network cannot define: the JSON never carries NaN. */
    static double finite(double v) {
        return Double.isFinite(v) ? sig(v) : 0.0;
    }

    /**
     * Rounds to the six significant digits the JSON and the report share: half-up on the double's
     * exact value, as {@code new BigDecimal(v).round(new MathContext(6))}. That costs a BigDecimal
     * division per number and a chip's summaries round hundreds of thousands; so the scaled value
     * v·10^s ∈ [10⁵, 10⁶) is formed in one rounded operation (relative error 2⁻⁵³, absolute below
     * 2·10⁻¹⁰), which decides the rounding whenever its fraction is not within 10⁻⁶ of ½, and the
     * result m·10^−s is one correctly rounded operation on exact operands (|s| ≤ 22, m &lt; 2⁵³):
     * the same double BigDecimal gives. Anything else goes through BigDecimal.
     */
    public static double sig(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? 0.0 : v;
        }
        double a = Math.abs(v);
        int s = 5 - (int) Math.floor(Math.log10(a));
        if (s >= -22 && s <= 22) {
            double p = POW10[Math.abs(s)];
            double x = s >= 0 ? a * p : a / p;
            if (x >= 1e5 && x < 1e6) {
                double f = Math.floor(x);
                double frac = x - f;
                if (Math.abs(frac - 0.5) > 1e-6) {
                    double m = frac > 0.5 ? f + 1 : f;
                    double r = s >= 0 ? m / p : m * p;
                    return v < 0 ? -r : r;
                }
            }
        }
        return new BigDecimal(v).round(new MathContext(6)).doubleValue();
    }

    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int k = 1; k < POW10.length; k++) {
            POW10[k] = POW10[k - 1] * 10; // exact up to 10²²
        }
    }

    /** How scattered holes were drawn and written: the disorder asked for, and the size classes written. */
    static ObjectNode variation(Spec s, ScatteredHoles h) {
        ObjectNode v = MAPPER.createObjectNode();
        Spec.FabricationSpec f = s.fabrication();
        v.put("preset", f.preset().specName());
        v.put("diameter_sigma_nm", sig(f.diameterSigmaNm()));
        v.put("position_sigma_nm", sig(f.positionSigmaNm()));
        v.put("seed", f.seed());
        v.put("truncation_sigma", HoleVariation.TRUNCATION);
        v.put("rotation_deg", s.lattice().rotationDeg());
        v.put("holes_as_srefs", h.count());
        v.put("holes_decided_at_edges", h.edgeHoles());
        ObjectNode classes = v.putObject("diameter_classes_nm");
        double sum = 0;
        double sum2 = 0;
        long n = 0;
        for (var e : h.classCounts().entrySet()) {
            double d = h.shape(e.getKey()).diameterNm();
            classes.put(Numbers.format(d), e.getValue());
            sum += d * e.getValue();
            sum2 += d * d * e.getValue();
            n += e.getValue();
        }
        if (n > 0) {
            double mean = sum / n;
            v.put("diameter_written_mean_nm", sig(mean));
            v.put("diameter_written_std_nm", sig(Math.sqrt(Math.max(0, sum2 / n - mean * mean))));
        }
        return v;
    }

    /** A template's own sizes, as the spec names them. */
    private static void template(ObjectNode device, Spec.DeviceSpec dev) {
        if (dev instanceof Spec.HallBarSpec h) {
            device.put("length_um", h.lengthUm());
            device.put("width_um", h.widthUm());
            device.put("arm_pairs", h.armPairs());
            device.put("arm_width_um", h.armWidthUm());
            device.put("arm_length_um", h.armLengthUm());
            // the keys of pads and arm patterning only when set, so a plain Hall bar's summary stays as it was
            if (h.padSizeUm() > 0) {
                device.put("pad_size_um", h.padSizeUm());
            }
            if (!h.patternArms()) {
                device.put("pattern_arms", false);
            }
        } else if (dev instanceof Spec.BridgeSpec b) {
            device.put("length_um", b.lengthUm());
            device.put("width_um", b.widthUm());
            device.put("taper_length_um", b.taperLengthUm());
            device.put("pad_size_um", b.padSizeUm());
        } else if (dev instanceof Spec.CrossSpec c) {
            device.put("arm_length_um", c.armLengthUm());
            device.put("width_um", c.widthUm());
            device.put("pad_size_um", c.padSizeUm());
        } else if (dev instanceof Spec.CorbinoSpec c) {
            device.put("inner_radius_um", c.innerRadiusUm());
            device.put("outer_radius_um", c.outerRadiusUm());
            device.put("contact_width_um", c.contactWidthUm());
        } else if (dev instanceof Spec.PolygonSpec p) {
            device.put("wkt", p.wkt());
            if (!p.gdsSource().isEmpty()) {
                device.put("gds", p.gdsSource());
            }
        }
    }

    public static ObjectNode of(DesignResult r, List<OutputFile> outputs) {
        Prediction p = r.prediction();
        Spec s = r.spec();
        Layout layout = r.layout();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", s.name());
        o.put("jjmask_version", Version.VERSION);
        o.put("spec_sha256", s.sha256());

        ObjectNode lattice = o.putObject("lattice");
        lattice.put("type", s.lattice().type().specName());
        lattice.put("pitch_nm", s.lattice().pitchNm());
        lattice.put("hole_shape", s.lattice().holeShape().specName());
        lattice.put("hole_diameter_nm", s.lattice().holeDiameterNm());
        lattice.put("hole_vertices", layout.hole().vertices());
        if (s.lattice().holeShape() == Spec.HoleShapeType.ELLIPSE) {
            lattice.put("hole_aspect", s.lattice().holeAspect());
        }
        if (s.lattice().holeShape().curved()) {
            if (s.lattice().holeVertices().isEmpty()) {
                lattice.put("hole_sagitta_nm", s.lattice().holeSagittaNm());
            }
            lattice.put("hole_area_preserving", s.lattice().holeAreaPreserving());
        }
        lattice.put("edge_margin_nm", s.lattice().edgeMarginNm());
        if (s.lattice().rotationDeg() != 0) {
            lattice.put("rotation_deg", s.lattice().rotationDeg());
        }
        lattice.putArray("origin_nm")
                .add(Math.round(s.lattice().originXNm() / layout.dbuNm()) * layout.dbuNm())
                .add(Math.round(s.lattice().originYNm() / layout.dbuNm()) * layout.dbuNm());
        lattice.put("supercell_x_nm", layout.lattice().cellX() * layout.dbuNm());
        lattice.put("supercell_y_nm", layout.lattice().cellY() * layout.dbuNm());
        lattice.put("holes_per_supercell", layout.lattice().basis().size());
        lattice.put("aspect_distortion", sig(layout.lattice().aspectDistortion()));
        lattice.put("island_network", r.geometry().network().name().toLowerCase(java.util.Locale.ROOT));

        ObjectNode device = o.putObject("device");
        device.put("type", s.device().type().specName());
        Spec.DeviceSpec dev = s.device();
        template(device, dev);
        if (dev.contactKeepoutUm() > 0) {
            device.put("contact_keepout_um", dev.contactKeepoutUm());
        }
        if (!layout.padsNm().isEmpty()) {
            device.put("pads", layout.padsNm().size());
        }
        device.put("material", r.material().name());
        device.put("substrate", r.substrate().name());

        o.put("pitch_nm", s.lattice().pitchNm());
        o.put("hole_diameter_nm", s.lattice().holeDiameterNm());
        o.put("pitch_written_nm", sig(r.facts().pitchWrittenNm()));
        // every written neck (the film between each pair of neighbouring holes, as the design rules
        // measured it): the narrowest is the mask's, the one `check` reports
        NeckStatistics necks = r.necks();
        if (necks.present()) {
            o.put("neck_width_nm", sig(necks.minNm()));
            o.put("neck_width_mean_nm", sig(necks.meanNm()));
            o.put("neck_width_std_nm", sig(necks.stdNm()));
        } else {
            o.putNull("neck_width_nm");
            o.putNull("neck_width_mean_nm");
            o.putNull("neck_width_std_nm");
        }
        o.put("necks", necks.count());
        // what the physics took: the written unit cell's narrowest, or the mean of a scattered array's bulk network
        o.put("neck_width_model_nm", sig(r.geometry().neckWidthNm()));
        o.put("holes", layout.holeCount());
        o.put("hole_arrays", layout.arrays().size());
        layout.scattered().ifPresent(h -> o.set("variation", variation(s, h)));
        o.put("plaquette_area_nm2", sig(r.facts().plaquetteAreaNm2()));
        o.put("hole_area_nm2", sig(r.facts().holeAreaNm2()));
        o.put("hole_area_error", sig(layout.hole().areaError(layout.dbuNm())));
        o.put("hole_equivalent_diameter_nm", sig(r.facts().holeEquivalentDiameterNm()));
        o.put("porosity", sig(r.geometry().porosity()));
        o.put("island_area_nm2", sig(r.facts().islandAreaNm2()));

        o.put("sheet_resistance_ohm", sig(s.material().sheetResistanceOhm()));
        for (Quantity q : Quantity.values()) {
            if (q == Quantity.PERIOD) {
                // the phase and where it is decided stand between the transitions and the field response
                o.put("base_temperature_K", s.conditions().baseTemperatureK());
                o.put("phase", p.phase().jsonName());
                o.put("phase_criterion", p.phaseCriterion());
            }
            o.put(q.key(), sig(q.of(p)));
        }
        ObjectNode field = FieldSummary.of(p.field());
        // the anisotropy's spread over the inputs' ranges: whether the reversal is a verdict or a coin
        Optional<Uncertainty.Interval> gamma = r.uncertainty().anisotropyInterval();
        if (gamma.isPresent()) {
            field.putArray("hc2_anisotropy_interval").add(sig(gamma.get().low())).add(sig(gamma.get().high()));
            field.put("hc2_reversal_probability", sig(r.uncertainty().reversalProbability().getAsDouble()));
        } else {
            field.putNull("hc2_anisotropy_interval");
            field.putNull("hc2_reversal_probability");
        }
        o.set("field", field);
        // issue 13: the necks' own T_c and the unpatterned film's own fields (the report's Physics page shows them)
        o.put("tc_neck_K", sig(p.tcNeckK()));
        o.put("hc2_perp_film_T", sig(p.filmFields().perpT()));
        o.put("hc2_par_film_T", sig(p.filmFields().parT()));
        o.set("phase_model", phaseModel(p.phaseModel()));
        uncertainty(o, r.uncertainty());

        o.put("tone", s.fabrication().tone().specName());
        o.put("exposed_area_um2", sig(r.exposedAreaNm2() * 1e-6));
        o.put("dose_uC_cm2", s.ebeam().doseUcCm2());
        o.put("beam_current_nA", s.ebeam().currentNa());
        o.put("write_time_s", sig(r.writeTimeS()));
        o.put("exposed_fraction", sig(r.exposedFraction()));
        r.ebeam().ifPresent(e -> o.set("ebeam", EbeamSummary.of(r, e)));
        r.film().ifPresent(f -> {
            ObjectNode film = o.putObject("film");
            film.put("tile_pieces", f.tilePieces().size());
            film.put("tile_arrays", f.tileArrays().size());
            film.put("edge_pieces", f.edgePieces().size());
            film.put("exposed_pieces", f.exposedPieces());
        });

        NetworkStatistics n = r.network();
        ObjectNode network = o.putObject("network");
        network.put("extracted_from", layout.isScattered()
                ? "Delaunay/Voronoi of the written holes in a " + 2 * Designer.NETWORK_WINDOW_PITCHES
                        + "-pitch window in the bulk of the array, each hole with its own size"
                : "Delaunay/Voronoi of a periodic patch of the written lattice");
        network.put("interior_holes", n.interiorHoles());
        network.put("islands_per_hole", finite(n.islandsPerHole()));
        network.put("junctions_per_hole", finite(n.junctionsPerHole()));
        network.put("mean_coordination", finite(n.meanCoordination()));
        if (n.junctionsPerHole() > 0 && Double.isFinite(n.neckWidthMeanNm())) {
            // the extracted network's own necks (a bulk window or patch, each pair's centre distance
            // less the mean of the two diameters), named apart from the written necks above
            network.put("bulk_neck_width_mean_nm", sig(n.neckWidthMeanNm()));
            network.put("bulk_neck_width_min_nm", sig(n.neckWidthMinNm()));
            network.put("bulk_neck_width_std_nm", sig(n.neckWidthStdNm()));
            network.put("sheet_to_junction_factor", finite(n.sheetToJunctionFactor()));
            if (layout.isScattered()) {
                network.put("stiffness_vs_mean_junction", sig(r.geometry().stiffnessFactor()));
            }
        } else {
            network.put("note", "no junctions: neighbouring holes touch, the film does not connect through necks");
        }
        network.put("plaquette_area_mean_nm2", finite(n.plaquetteAreaMeanNm2()));
        network.put("island_area_mean_nm2", finite(n.islandAreaMeanNm2()));

        if (!r.annotations().labels().isEmpty()) {
            ArrayNode labels = o.putArray("labels");
            for (Annotations.Label l : r.annotations().labels()) {
                labels.addObject().put("text", l.text()).put("x_um", sig(l.xNm() / 1000)).put("y_um", sig(l.yNm() / 1000))
                        .put("height_um", sig(l.heightNm() / 1000));
            }
        }
        if (!r.annotations().marks().isEmpty()) {
            ArrayNode marks = o.putArray("marks");
            for (Annotations.Mark m : r.annotations().marks()) {
                marks.addObject().put("name", m.name()).put("type", m.type()).put("x_um", sig(m.xNm() / 1000))
                        .put("y_um", sig(m.yNm() / 1000)).put("size_um", sig(m.sizeNm() / 1000));
            }
        }

        ArrayNode drc = o.putArray("drc");
        for (Violation v : r.drc()) {
            ObjectNode d = drc.addObject();
            d.put("rule", v.rule().specName());
            d.put("message", v.message());
            d.put("x_nm", sig(v.xNm()));
            d.put("y_nm", sig(v.yNm()));
            d.put("measured_nm", sig(v.measuredNm()));
            d.put("limit_nm", sig(v.limitNm()));
        }

        // the model choices and phenomenological parameters the prediction used (spec section model:)
        Spec.ModelSpec ms = s.model();
        ObjectNode model = o.putObject("model");
        model.put("normal_state", ms.normalState().specName());
        model.put("critical_ej_over_ec", ms.criticalEjOverEc());
        model.put("dissipative_threshold_ohm", sig(ms.dissipativeThresholdOhm()));
        model.put("phase_slip_scale", ms.phaseSlipScale());
        model.put("coupling", ms.coupling().specName());
        model.put("tbkt", ms.tbkt().specName());
        // the XY constant the prediction took, and the Monte Carlo that measured it when it did
        model.put("xy_constant", ms.options().measuredXy().map(x -> x.value()).orElse(r.geometry().network().xyConstant()));
        ms.measured().filter(x -> ms.tbkt() == Spec.TbktMethod.MONTE_CARLO).ifPresent(x -> {
            ObjectNode mc = model.putObject("monte_carlo");
            mc.put("tbkt_over_ej", x.tbktOverEj());
            mc.put("tbkt_over_ej_error", x.error());
            mc.put("chi2_per_dof", x.chi2PerDof());
            mc.put("bracketed", x.bracketed());
            ArrayNode sizes = mc.putArray("sizes");
            for (int l : x.sizes()) {
                sizes.add(l);
            }
            mc.put("sweeps", x.sweeps());
            mc.put("seed", x.seed());
            mc.put("cache_key", x.key());
        });
        ArrayNode flags = o.putArray("validity");
        for (ValidityFlag f : r.flags()) {
            flags.addObject().put("code", f.code()).put("message", f.message());
        }

        ArrayNode layers = o.putArray("layers");
        for (LayerMap.LayerSpec l : writtenLayers(r)) {
            layers.addObject().put("layer", l.layer()).put("datatype", l.datatype()).put("purpose", l.purpose());
        }

        ArrayNode files = o.putArray("files");
        for (OutputFile f : outputs) {
            files.addObject().put("kind", f.kind()).put("name", f.name()).put("bytes", f.bytes())
                    .put("sha256", f.sha256());
        }

        ArrayNode rt = o.putArray("r_of_t");
        for (RtPoint pt : p.rOfT()) {
            rt.addArray().add(sig(pt.temperatureK())).add(sig(pt.sheetResistanceOhm()));
        }

        ArrayNode refs = o.putArray("references");
        for (Citation c : p.citations()) {
            refs.addObject().put("key", c.key()).put("text", c.text());
        }
        r.plainFilm().ifPresent(film -> plainFilm(o, film));
        return o;
    }

    /**
     * A headline quantity of a design without holes: the film's own (R_□, Δ(0), T_c, T_BKT of the
     * unpatterned film, H_c2), empty for the array's (junction, charging, flux period, R_sat).
     */
    public static java.util.OptionalDouble plainFilmValue(Quantity q, FilmPrediction film) {
        return switch (q) {
            case SHEET_RESISTANCE_EFF -> java.util.OptionalDouble.of(film.sheetResistanceOhm());
            case GAP0 -> java.util.OptionalDouble.of(film.gap0MeV());
            case TC_ONSET -> java.util.OptionalDouble.of(film.tcK());
            case TBKT_FILM, TBKT -> java.util.OptionalDouble.of(film.tbktK());
            case HC2_PERP -> java.util.OptionalDouble.of(film.hc2PerpT());
            case HC2_PAR -> java.util.OptionalDouble.of(film.hc2ParT());
            case RN, EJ, EC, EJ_OVER_EC, CAPACITANCE, RSAT, PERIOD, PERIOD_H_OVER_E -> java.util.OptionalDouble.empty();
        };
    }

    /** The quantities of a hole array, which a design without holes does not have (JSON null). */
    static final List<String> ARRAY_KEYS = List.of("neck_width_model_nm", "plaquette_area_nm2", "hole_area_nm2",
            "hole_area_error", "hole_equivalent_diameter_nm", "porosity", "island_area_nm2",
            Quantity.RN.key(), Quantity.EJ.key(), Quantity.EC.key(), Quantity.EJ_OVER_EC.key(),
            Quantity.CAPACITANCE.key(), Quantity.RSAT.key(), Quantity.PERIOD.key(), Quantity.PERIOD_H_OVER_E.key(),
            "field", "network");

    /**
     * No hole was written: the array's quantities become null, the film's own take the headline
     * keys (T_c, T_BKT, H_c2, the phase, R(T)), the flag {@code no_holes} is set, and the array's
     * uncertainty, validity flags and references give way to the film's.
     */
    static void plainFilm(ObjectNode o, FilmPrediction film) {
        for (String k : ARRAY_KEYS) {
            o.putNull(k);
        }
        o.put("no_holes", true);
        for (Quantity q : Quantity.values()) {
            java.util.OptionalDouble v = plainFilmValue(q, film);
            if (v.isPresent()) {
                o.put(q.key(), sig(v.getAsDouble()));
            } else {
                o.putNull(q.key());
            }
        }
        o.put("phase", film.phase().jsonName());
        o.put("phase_criterion", film.phaseCriterion());
        o.remove(List.of("uncertainty", "phase_probability", "uncertainty_method"));
        ArrayNode flags = o.putArray("validity");
        flags.addObject().put("code", "no_holes").put("message", "no hole is written: the numbers are the plain "
                + "film's (T_c, T_BKT of the unpatterned film, H_c2); the array's quantities are null");
        ArrayNode rt = o.putArray("r_of_t");
        for (RtPoint pt : film.rOfT()) {
            rt.addArray().add(sig(pt.temperatureK())).add(sig(pt.sheetResistanceOhm()));
        }
        ArrayNode refs = o.putArray("references");
        for (Citation c : film.citations()) {
            refs.addObject().put("key", c.key()).put("text", c.text());
        }
    }

    /**
     * {@code uncertainty: {QUANTITY: {low, high}}} (16–84 %, full precision), {@code phase_probability}
     * and how they were found ({@code uncertainty_method}: draws, seed, each input's range and source).
     */
    static void uncertainty(ObjectNode o, Uncertainty u) {
        if (!u.present()) {
            return;
        }
        ObjectNode iv = o.putObject("uncertainty");
        for (Quantity q : Quantity.values()) {
            u.interval(q).ifPresent(i -> iv.putObject(q.key()).put("low", i.low()).put("high", i.high()));
        }
        ObjectNode ph = o.putObject("phase_probability");
        u.phaseProbability().forEach((phase, pr) -> ph.put(phase.jsonName(), pr));
        ObjectNode m = o.putObject("uncertainty_method");
        m.put("method", "Latin hypercube over the inputs' ranges, each a triangular distribution with its mode at the "
                + "value used; quantiles " + Uncertainty.LOW_QUANTILE + " and " + Uncertainty.HIGH_QUANTILE);
        m.put("draws", u.draws());
        m.put("seed", u.seed());
        ArrayNode inputs = m.putArray("inputs");
        for (Uncertainty.Input in : u.inputs()) {
            inputs.addObject().put("key", in.key()).put("value", in.value()).put("low", in.range().low())
                    .put("high", in.range().high()).put("basis", in.range().basis().tag())
                    .put("source", in.range().source());
        }
    }

    /** The GDS layers a design writes: the film layer only in negative tone, labels and marks only when asked for. */
    public static List<LayerMap.LayerSpec> writtenLayers(DesignResult r) {
        return org.jjmask.layout.LayoutGds.usedLayers(r.layout(), r.film().isPresent(), r.annotations(), r.holeClasses());
    }

    /** Pretty-printed JSON with a final newline; stable across runs. */
    public static String toJson(ObjectNode node) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(pp).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * The phase's physics (issue 13): the one E_C, the necks' shunt and its dissipation α, the
     * coherence margin, the necks' shares at the base temperature, and R_sat from the chosen
     * mechanism beside the other's.
     */
    static ObjectNode phaseModel(org.jjmask.physics.PhaseModel m) {
        ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        o.put("shunt_fraction", sig(m.shuntFraction()));
        o.put("dissipation_alpha", sig(m.alpha()));
        o.put("charging_K", sig(m.chargingK()));
        if (Double.isInfinite(m.coherenceMargin())) {
            o.putNull("coherence_margin"); // no charging acts (α ≥ 1): no finite margin to state
        } else {
            o.put("coherence_margin", sig(m.coherenceMargin()));
        }
        ObjectNode necks = o.putObject("necks");
        necks.put("mean_nm", sig(m.links().meanNm()));
        necks.put("sigma_nm", sig(m.links().sigmaNm()));
        necks.put("critical_nm", sig(m.links().criticalNm()));
        necks.put("superconducting", sig(m.links().superconducting()));
        necks.put("normal", sig(m.links().normal()));
        necks.put("cut", sig(m.links().cut()));
        o.set("rsat", saturation(m.saturation()));
        o.set("rsat_other_mechanism", saturation(m.alternative()));
        return o;
    }

    private static ObjectNode saturation(org.jjmask.physics.Saturation s) {
        ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        o.put("mechanism", s.mechanism());
        o.put("estimate_ohm", sig(s.rSatOhm()));
        o.put("boundary_measure", s.boundaryMeasure());
        o.put("boundary_distance", sig(s.boundaryDistance()));
        o.put("parameters", s.parameters());
        return o;
    }
}
