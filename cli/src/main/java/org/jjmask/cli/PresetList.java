package org.jjmask.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import org.jjmask.design.Numbers;
import org.jjmask.layout.VariationPreset;
import org.jjmask.physics.Material;
import org.jjmask.physics.Presets;
import org.jjmask.physics.Substrate;

/** {@code jjmask predict --list-presets}: every material, substrate and fabrication preset with its numbers and sources. */
final class PresetList {

    private PresetList() {}

    static void print(PrintWriter out) {
        out.println("Materials (material.preset; explicit material keys override each number):");
        out.printf(Locale.ROOT, "  %-16s %8s %8s %7s %7s %6s  %s%n", "name", "T_c0 K", "R_sq ohm", "xi nm", "d nm",
                "2D/kTc", "usual substrate");
        for (Material m : Presets.materials()) {
            out.printf(Locale.ROOT, "  %-16s %8s %8s %7s %7s %6s  %s%n", m.name(), Numbers.format(m.tc0K()),
                    Numbers.format(m.sheetResistanceOhm()), Numbers.format(m.coherenceLengthNm()),
                    Numbers.format(m.thicknessNm()), Numbers.format(m.gapRatio()),
                    Presets.usualSubstrate(m.name()).orElse(""));
            out.println("      source: " + m.source());
            // the curve runs through the preset's own film (T_c0 at its R_sq): the clean T_c0 that implies
            // is shown beside the series' own, which need not agree
            Presets.finkelsteinFit(m.name()).ifPresent(f -> out.printf(Locale.ROOT,
                    "      film_tc finkelstein: gamma %s, R_c %s ohm, clean T_c0 %s K (through this film: %s K): %s%n",
                    Numbers.format(f.gamma()), Numbers.format(f.criticalSheetResistanceOhm()),
                    Numbers.format(f.cleanTc0K()), Numbers.format(new org.jjmask.physics.FilmTcModel.Finkelstein(
                            f.gamma(), m.sheetResistanceOhm()).cleanTc0K(m.tc0K())), f.source()));
        }
        out.println();
        out.println("Substrates (substrate.preset; substrate.epsilon_r overrides):");
        for (Substrate s : Presets.substrates()) {
            out.printf(Locale.ROOT, "  %-10s eps %-8s source: %s%n", s.name(), Numbers.format(s.epsilonLowT()), s.source());
        }
        out.println();
        out.println("Fabrication disorder (fabrication.preset; diameter_sigma_nm / position_sigma_nm override):");
        for (VariationPreset p : VariationPreset.values()) {
            out.printf(Locale.ROOT, "  %-6s %s%n", p.specName(), p.source());
        }
    }

    static String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode materials = root.putArray("materials");
        for (Material m : Presets.materials()) {
            ObjectNode o = materials.addObject();
            o.put("name", m.name());
            o.put("tc0_K", m.tc0K());
            o.put("sheet_resistance_ohm", m.sheetResistanceOhm());
            o.put("coherence_length_nm", m.coherenceLengthNm());
            o.put("thickness_nm", m.thicknessNm());
            o.put("gap_ratio", m.gapRatio());
            o.put("usual_substrate", Presets.usualSubstrate(m.name()).orElse(""));
            o.put("source", m.source());
            Presets.finkelsteinFit(m.name()).ifPresent(f -> o.putObject("finkelstein").put("gamma", f.gamma())
                    .put("critical_sheet_resistance_ohm", f.criticalSheetResistanceOhm())
                    .put("clean_tc0_K", f.cleanTc0K()).put("sourced", f.sourced()).put("source", f.source()));
        }
        ArrayNode substrates = root.putArray("substrates");
        for (Substrate s : Presets.substrates()) {
            substrates.addObject().put("name", s.name()).put("epsilon_r", s.epsilonLowT()).put("source", s.source());
        }
        ArrayNode fabrication = root.putArray("fabrication");
        for (VariationPreset p : VariationPreset.values()) {
            fabrication.addObject().put("name", p.specName()).put("source", p.source());
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
