package org.jjmask.design;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jjmask.physics.FieldResponse;
import org.jjmask.physics.Hc2Curve;

/**
 * The {@code field} object of the JSON summary (issue 6): periods and their damping, the anisotropy
 * of H_c2 at the base temperature and its reversal, the cell's T_c(B) ({@code tc_of_b}), and the sampled curves as compact arrays of
 * rows whose columns are named once. Six significant digits like the rest; never NaN or Infinity
 * (an absent value is {@code null}).
 */
final class FieldSummary {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FieldSummary() {}

    static ObjectNode of(FieldResponse f) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("period_mT", sig(f.periodMT()));
        o.put("period_h_over_e_mT", sig(f.periodHOverEMT()));
        o.put("plaquette_area_mean_nm2", sig(f.plaquetteAreaMeanNm2()));
        o.put("plaquette_area_std_nm2", sig(f.plaquetteAreaStdNm2()));
        o.put("frustration_spread_per_period", sig(f.frustrationSpreadPerPeriod()));
        o.put("damping_first_period", sig(f.dampingFirstPeriod()));
        if (f.periodsVisible().isPresent()) {
            o.put("periods_visible", sig(f.periodsVisible().getAsDouble()));
        } else {
            o.putNull("periods_visible");
        }
        o.put("hc2_perp_T", sig(f.hc2PerpBaseT()));
        o.put("hc2_par_T", sig(f.hc2ParBaseT()));
        o.put("hc2_anisotropy", sig(f.anisotropyBase()));
        o.put("hc2_reversal", f.reversal());
        Hc2Curve hc2 = f.hc2();
        if (hc2.reversalTemperatureK().isPresent()) {
            o.put("hc2_reversal_temperature_K", sig(hc2.reversalTemperatureK().getAsDouble()));
        } else {
            o.putNull("hc2_reversal_temperature_K");
        }
        o.put("hc2_reversed_at_all_temperatures", hc2.reversedEverywhere());
        o.put("spin_exchange_par", sig(f.spinExchangePar()));

        ObjectNode rb = o.putObject("r_of_b");
        rb.put("temperature_K", sig(f.rOfBTemperatureK()));
        rb.putArray("columns").add("b_mT").add("f").add("r_ohm").add("envelope_ohm");
        ArrayNode rows = rb.putArray("points");
        for (FieldResponse.BPoint p : f.rOfB()) {
            rows.addArray().add(sig(p.fieldMT())).add(sig(p.frustration())).add(sig(p.sheetResistanceOhm()))
                    .add(sig(p.envelopeOhm()));
        }
        org.jjmask.physics.SaturationInField sf = f.saturationInField();
        if (sf.present()) {
            // issue 13: R_sat of both mechanisms at the base temperature, perpendicular (frustration) and in plane
            ObjectNode rs = o.putObject("rsat_in_field");
            rs.put("temperature_K", sig(sf.temperatureK()));
            rs.put("mechanism", sf.primary());
            rs.put("other_mechanism", sf.other());
            rs.put("zero_field_ohm", sig(sf.primaryZeroOhm()));
            rs.put("other_zero_field_ohm", sig(sf.otherZeroOhm()));
            rs.put("perpendicular_law", "R_sat(f) = R_sq,eff (R_sat(0)/R_sq,eff)^rho(f)");
            rs.put("in_plane_law", "R_sat(B_par) = R_sat(0) (1 - (B_par/B_m)^2)+");
            rs.put("in_plane_vanishing_fraction", sig(org.jjmask.physics.SaturationInField.IN_PLANE_VANISHING_FRACTION));
            rs.put("in_plane_vanishing_T", sig(sf.inPlaneVanishingT()));
            ObjectNode pp = rs.putObject("perpendicular");
            pp.putArray("columns").add("b_mT").add("f").add("rho").add("rsat_ohm").add("other_rsat_ohm");
            ArrayNode prow = pp.putArray("points");
            for (org.jjmask.physics.SaturationInField.PerpPoint p : sf.perpendicular()) {
                prow.addArray().add(sig(p.fieldMT())).add(sig(p.frustration())).add(sig(p.stiffnessRatio()))
                        .add(sig(p.primaryOhm())).add(sig(p.otherOhm()));
            }
            ObjectNode ip = rs.putObject("in_plane");
            ip.putArray("columns").add("b_T").add("rsat_ohm").add("other_rsat_ohm");
            ArrayNode irow = ip.putArray("points");
            for (org.jjmask.physics.SaturationInField.ParPoint p : sf.inPlane()) {
                irow.addArray().add(sig(p.fieldT())).add(sig(p.primaryOhm())).add(sig(p.otherOhm()));
            }
        }
        ObjectNode tf = o.putObject("tbkt_of_f");
        tf.putArray("columns").add("f").add("tbkt_K").add("c_ratio");
        rows = tf.putArray("points");
        for (FieldResponse.FPoint p : f.tbktOfF()) {
            rows.addArray().add(sig(p.frustration())).add(sig(p.tbktK())).add(sig(p.ratio()));
        }
        ObjectNode hc = o.putObject("hc2_of_t");
        hc.putArray("columns").add("t_K").add("perp_T").add("par_T").add("anisotropy");
        rows = hc.putArray("points");
        for (Hc2Curve.Point p : hc2.points()) {
            rows.addArray().add(sig(p.temperatureK())).add(sig(p.perpT())).add(sig(p.parT())).add(sig(p.anisotropy()));
        }
        // issue 13 item 4: the written cell's GL T_c(B) at a quarter flux quantum per hole cell, and its period
        ObjectNode tb = o.putObject("tc_of_b");
        tb.put("model", f.tcOfB().isEmpty() ? "none" : "gl_cell");
        tb.put("period_mT", sig(f.cellPeriodMT()));
        tb.putArray("columns").add("b_mT").add("flux_per_hole").add("tc_K");
        rows = tb.putArray("points");
        for (FieldResponse.TcPoint p : f.tcOfB()) {
            rows.addArray().add(sig(p.fieldMT())).add(sig(p.fluxPerHole())).add(sig(p.tcK()));
        }
        // the per-hole regime at high field: each hole's own loop state once ℓ_B < w/4
        if (f.holeLoops().isPresent()) {
            org.jjmask.physics.HoleLoopField h = f.holeLoops().get();
            ObjectNode ph = o.putObject("per_hole");
            ph.put("model", "isolated_hole_loop");
            ph.put("valid_from_T", Numbers.threeDigits(h.validFromT()));
            ph.put("reached", h.reached());
            ph.put("loop_state", h.loopState());
            optional(ph, "period_mT", h.periodMT(), Numbers::threeDigits);
            optional(ph, "loop_radius_nm", h.loopRadiusNm(), Numbers::threeDigits);
            ph.putArray("columns").add("b_T").add("winding").add("ratio").add("tc_K");
            rows = ph.putArray("points");
            for (org.jjmask.physics.HoleLoopField.Point p : h.points()) {
                rows.addArray().add(sig(p.fieldT())).add(p.winding()).add(sig(p.ratio())).add(sig(p.tcK()));
            }
        } else {
            o.putNull("per_hole");
        }
        return o;
    }

    private static void optional(ObjectNode o, String key, java.util.OptionalDouble v,
                                 java.util.function.DoubleUnaryOperator digits) {
        if (v.isPresent()) {
            o.put(key, digits.applyAsDouble(v.getAsDouble()));
        } else {
            o.putNull(key);
        }
    }

    private static double sig(double v) {
        return Double.isFinite(v) ? Summary.sig(v) : 0.0;
    }
}
