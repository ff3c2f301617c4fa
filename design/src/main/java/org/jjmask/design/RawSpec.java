package org.jjmask.design;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The spec exactly as written: every key optional (boxed, null when absent) so that validation,
 * not Jackson, says what is missing. Unknown keys are refused by the mapper.
 */
record RawSpec(
        @JsonProperty("name") String name,
        @JsonProperty("material") Material material,
        @JsonProperty("substrate") Substrate substrate,
        @JsonProperty("device") Device device,
        @JsonProperty("lattice") Lattice lattice,
        @JsonProperty("fabrication") Fabrication fabrication,
        @JsonProperty("conditions") Conditions conditions,
        @JsonProperty("target") Target target,
        @JsonProperty("labels") List<Label> labels,
        @JsonProperty("marks") Marks marks,
        @JsonProperty("model") Model model,
        @JsonProperty("ebeam") Ebeam ebeam) {

    record Ebeam(
            @JsonProperty("dose_uC_cm2") Double doseUcCm2,
            @JsonProperty("current_nA") Double currentNa) {}

    record Model(
            @JsonProperty("normal_state") String normalState,
            @JsonProperty("critical_ej_over_ec") Double criticalEjOverEc,
            @JsonProperty("dissipative_threshold_ohm") Double dissipativeThresholdOhm,
            @JsonProperty("phase_slip_scale") Double phaseSlipScale,
            @JsonProperty("coupling") String coupling) {}

    record Label(
            @JsonProperty("text") String text,
            @JsonProperty("x_um") Double xUm,
            @JsonProperty("y_um") Double yUm,
            @JsonProperty("height_um") Double heightUm) {}

    record Marks(
            @JsonProperty("type") String type,
            @JsonProperty("size_um") Double sizeUm,
            @JsonProperty("width_um") Double widthUm,
            @JsonProperty("positions_um") List<List<Double>> positionsUm,
            @JsonProperty("corners") Boolean corners,
            @JsonProperty("margin_um") Double marginUm,
            @JsonProperty("clearance_um") Double clearanceUm) {}

    record Material(
            @JsonProperty("preset") String preset,
            @JsonProperty("thickness_nm") Double thicknessNm,
            @JsonProperty("tc0_K") Double tc0K,
            @JsonProperty("sheet_resistance_ohm") Double sheetResistanceOhm,
            @JsonProperty("coherence_length_nm") Double coherenceLengthNm,
            @JsonProperty("gap_ratio") Double gapRatio,
            @JsonProperty("spin_exchange_par") Double spinExchangePar) {}

    record Substrate(
            @JsonProperty("preset") String preset,
            @JsonProperty("epsilon_r") Double epsilonR) {}

    record Device(
            @JsonProperty("type") String type,
            @JsonProperty("length_um") Double lengthUm,
            @JsonProperty("width_um") Double widthUm,
            @JsonProperty("arm_pairs") Integer armPairs,
            @JsonProperty("arm_width_um") Double armWidthUm,
            @JsonProperty("arm_length_um") Double armLengthUm,
            @JsonProperty("wkt") String wkt,
            @JsonProperty("pad_size_um") Double padSizeUm,
            @JsonProperty("pattern_arms") Boolean patternArms,
            @JsonProperty("taper_length_um") Double taperLengthUm,
            @JsonProperty("inner_radius_um") Double innerRadiusUm,
            @JsonProperty("outer_radius_um") Double outerRadiusUm,
            @JsonProperty("contact_width_um") Double contactWidthUm,
            @JsonProperty("contact_keepout_um") Double contactKeepoutUm,
            @JsonProperty("gds") Gds gds) {}

    /** A polygon device's outline read from a GDS file: the union of a layer's shapes under a cell. */
    record Gds(
            @JsonProperty("file") String file,
            @JsonProperty("layer") Integer layer,
            @JsonProperty("datatype") Integer datatype,
            @JsonProperty("cell") String cell) {}

    record Lattice(
            @JsonProperty("type") String type,
            @JsonProperty("pitch_nm") Double pitchNm,
            @JsonProperty("hole_diameter_nm") Double holeDiameterNm,
            @JsonProperty("hole_vertices") Integer holeVertices,
            @JsonProperty("edge_margin_nm") Double edgeMarginNm,
            @JsonProperty("hole_shape") String holeShape,
            @JsonProperty("hole_sagitta_nm") Double holeSagittaNm,
            @JsonProperty("hole_area_preserving") Boolean holeAreaPreserving,
            @JsonProperty("hole_aspect") Double holeAspect,
            @JsonProperty("origin_nm") List<Double> originNm,
            @JsonProperty("rotation_deg") Double rotationDeg) {}

    record Fabrication(
            @JsonProperty("min_feature_nm") Double minFeatureNm,
            @JsonProperty("diameter_sigma_nm") Double diameterSigmaNm,
            @JsonProperty("edge_damage_nm") Double edgeDamageNm,
            @JsonProperty("tone") String tone,
            @JsonProperty("grid_nm") Double gridNm,
            @JsonProperty("preset") String preset,
            @JsonProperty("position_sigma_nm") Double positionSigmaNm,
            @JsonProperty("seed") Long seed,
            @JsonProperty("max_hole_nm") Double maxHoleNm,
            @JsonProperty("edge_damage_sigma_nm") Double edgeDamageSigmaNm) {}

    record Conditions(
            @JsonProperty("base_temperature_K") Double baseTemperatureK) {}

    /**
     * The optimisation target. Each quantity is a number (tolerance from {@code tolerance}, weight 1)
     * or a section {@code {value, tolerance, weight}}; {@code phase} is a name or {@code {value, weight}};
     * {@code vary} a list of names or a section of bounds. Those shapes are checked by the validator,
     * which names the key and its line, so they are read as trees here.
     */
    record Target(
            @JsonProperty("tbkt_K") JsonNode tbktK,
            @JsonProperty("tc_onset_K") JsonNode tcOnsetK,
            @JsonProperty("rn_ohm") JsonNode rnOhm,
            @JsonProperty("ej_over_ec") JsonNode ejOverEc,
            @JsonProperty("period_mT") JsonNode periodMT,
            @JsonProperty("phase") JsonNode phase,
            @JsonProperty("tolerance") Double tolerance,
            @JsonProperty("vary") JsonNode vary,
            @JsonProperty("yield_samples") Integer yieldSamples) {}
}
