package org.jjmask.design;

import static org.jjmask.design.Summary.sig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jjmask.exposure.PrintedGeometry;
import org.jjmask.exposure.Probe;
import org.jjmask.exposure.RelativeEnergies;
import org.jjmask.exposure.SizeCorrection;
import org.jjmask.exposure.vendor.DoseTable;

/**
 * The JSON's {@code ebeam} object (CONTRACT.md: {@code absorbed_relative.{bulk,edge,corner}},
 * {@code class_step_pct}, {@code residual_pct}, {@code dose_classes}), six significant digits as
 * the report prints them.
 */
final class EbeamSummary {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EbeamSummary() {}

    static ObjectNode of(DesignResult r, EbeamResult e) {
        Spec.EbeamSpec s = r.spec().ebeam();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("dose_uC_cm2", s.doseUcCm2());
        o.put("current_nA", s.currentNa());
        o.put("exposure", s.exposure().name().toLowerCase(java.util.Locale.ROOT));
        o.put("vendor", s.vendor().specName());
        o.put("correction", s.correction().specName());
        e.model().ifPresent(m -> {
            ObjectNode psf = o.putObject("psf");
            psf.put("preset", m.psfName());
            psf.put("alpha_nm", m.psf().alphaNm());
            psf.put("beta_um", m.psf().betaUm());
            psf.put("eta", m.psf().eta());
            if (m.psf().nu() > 0) {
                psf.put("nu", m.psf().nu());
                psf.put("gamma_nm", m.psf().gammaNm());
            }
            psf.put("source", m.psf().source());
            m.psf().standIn().ifPresent(si -> psf.put("stand_in_for", si));
            o.put("backscatter_grid_nm", sig(m.gridCellNm()));
            o.put("development_threshold", sig(m.thresholdRel()));
            o.set("absorbed_relative", relative(m.centres()));
            o.set("absorbed_relative_rim", relative(m.rims()));
            m.rimsCorrected().ifPresent(rc -> o.set("absorbed_relative_rim_corrected", relative(rc)));
            o.set("printed", printed(m.printed(), m.sites()));
            m.printedCorrected().ifPresent(p -> o.set("printed_corrected", printed(p, java.util.List.of())));
            m.dose().ifPresent(d -> {
                o.put("class_step_pct", sig(100 * d.classStep()));
                o.put("residual_pct", EbeamHeadline.of(e).residual().getAsDouble());
                o.put("holes_outside_bulk_class", d.holesOutsideBulkClass());
            });
            m.size().ifPresent(z -> {
                o.put("residual_nm", EbeamHeadline.of(e).residual().getAsDouble());
                ArrayNode sc = o.putArray("size_classes");
                for (SizeCorrection.SizeClass c : z.classes()) {
                    sc.addObject().put("rank", c.rank()).put("diameter_nm", sig(c.diameterNm())).put("holes", c.holes());
                }
            });
            if (m.printedCorrected().isPresent()) {
                o.put("printed_spread_nm", sig(m.residualSpreadNm()));
            }
        });
        ArrayNode classes = o.putArray("dose_classes");
        for (DoseTable.Row row : e.table().rows()) {
            classes.addObject().put("layer", row.layer()).put("datatype", row.datatype())
                    .put("dose_factor", sig(row.doseFactor())).put("dose_uC_cm2", sig(row.doseUCcm2()))
                    .put("holes", row.holes());
        }
        e.classes().ifPresent(c -> o.put("class_blocks", c.blocks().size()));
        ObjectNode fields = o.putObject("fields");
        fields.put("size_x_um", sig(e.fields().fieldXNm() / 1000));
        fields.put("size_y_um", sig(e.fields().fieldYNm() / 1000));
        fields.put("origin_x_um", sig(e.fields().originXNm() / 1000));
        fields.put("origin_y_um", sig(e.fields().originYNm() / 1000));
        fields.put("margin_nm", s.fieldMarginNm());
        fields.put("holes_crossing", e.fields().crossing());
        fields.put("holes_within_margin", e.fields().adjacent());
        fields.put("stitch_error_nm", s.stitchErrorNm());
        fields.put("holes_within_stitch_error", e.stitchAdjacent());
        fields.put("rule_applied", s.fieldsAsked());
        ArrayNode w = fields.putArray("warnings");
        e.fields().warnings().forEach(w::add);
        EbeamResult.Time t = e.time();
        // not "write_time_s": the top-level key of that name is every hole at the base dose, no settling
        o.put("class_write_time_s", EbeamHeadline.of(e).classWriteTimeS());
        o.put("exposure_time_s", sig(t.exposureS()));
        o.put("shots", t.shots());
        ObjectNode x = o.putObject("bulk_hole");
        x.put("area_nm2", sig(t.bulkAreaNm2()));
        x.put("charge_fC", sig(t.bulkChargeFc()));
        x.put("time_us", sig(t.bulkTimeUs()));
        return o;
    }

    private static ObjectNode relative(RelativeEnergies r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("bulk", probe(r.bulk()));
        o.set("edge", probe(r.edge()));
        o.set("corner", probe(r.corner()));
        return o;
    }

    private static ObjectNode probe(Probe p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("x_um", sig(p.xUm()));
        o.put("y_um", sig(p.yUm()));
        o.put("value", sig(p.value()));
        return o;
    }

    private static ObjectNode printed(PrintedGeometry p, java.util.List<EbeamResult.SitePhysics> sites) {
        ObjectNode o = MAPPER.createObjectNode();
        PrintedGeometry.Site[] s = {p.bulk(), p.edge(), p.corner()};
        String[] names = {"bulk", "edge", "corner"};
        for (int k = 0; k < 3; k++) {
            ObjectNode n = o.putObject(names[k]);
            n.put("x_um", sig(s[k].xUm()));
            n.put("y_um", sig(s[k].yUm()));
            n.put("drawn_diameter_nm", sig(s[k].drawnDiameterNm()));
            n.put("printed_diameter_nm", sig(s[k].printedDiameterNm()));
            n.put("printed_neck_nm", sig(s[k].printedNeckNm()));
            if (k < sites.size()) {
                EbeamResult.SitePhysics ph = sites.get(k);
                if (ph.rnOhm().isPresent()) {
                    n.put("rn_ohm", sig(ph.rnOhm().getAsDouble()));
                    n.put("tbkt_K", sig(ph.tbktK().getAsDouble()));
                } else {
                    n.putNull("rn_ohm");
                    n.putNull("tbkt_K");
                }
            }
        }
        return o;
    }
}
