package org.jjmask.design.chip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jjmask.design.DesignResult;
import org.jjmask.design.OutputFile;
import org.jjmask.design.Summary;
import org.jjmask.design.Version;
import org.jjmask.layout.Annotations;
import org.jjmask.layout.StrokeFont;

/**
 * The chip's JSON ({@code devices: [...]} with every device's summary keys, the die and its
 * totals) and its CSV (one row per device). Like a design's summary, nothing time-dependent is in
 * it: the same chip file gives the same bytes.
 */
public final class ChipSummary {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The CSV's columns after the varied keys' (which sit between {@code y_um} and these). */
    static final List<String> CSV_TAIL = List.of("holes", "pitch_nm", "hole_diameter_nm", "neck_width_nm",
            "ej_over_ec", "tc_onset_K", "tbkt_K", "phase", "rn_ohm", "period_mT", "exposed_area_um2", "write_time_s",
            "drc_clean", "violations");

    private ChipSummary() {}

    public static ObjectNode of(ChipResult chip, ChipGds.Written gds, List<OutputFile> outputs) {
        ChipSpec s = chip.spec();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", s.name());
        o.put("jjmask_version", Version.VERSION);
        o.put("chip_sha256", s.sha256());
        o.put("top_cell", gds.top());
        ObjectNode die = o.putObject("chip");
        die.putArray("size_um").add(s.die().widthUm()).add(s.die().heightUm());
        die.put("dicing_lane_um", s.die().laneUm());
        die.putArray("cell_um").add(s.die().cellXUm()).add(s.die().cellYUm());
        die.put("origin", s.die().origin().name().toLowerCase(Locale.ROOT));
        die.put("clearance_um", s.die().clearanceUm());
        die.put("rows", s.rows());
        die.put("columns", s.columns());
        ArrayNode varied = o.putArray("varied");
        s.varied().forEach(varied::add);

        ObjectNode totals = o.putObject("totals");
        totals.put("devices", chip.devices().size());
        totals.put("holes", chip.holes());
        totals.put("hole_cells", gds.holeCells());
        totals.put("array_cells", gds.arrayCells());
        totals.put("exposed_area_um2", Summary.sig(chip.exposedAreaNm2() * 1e-6));
        totals.put("write_time_s", Summary.sig(chip.writeTimeS()));
        totals.put("devices_clean", (int) java.util.stream.IntStream.range(0, chip.devices().size())
                .filter(i -> clean(chip, i)).count());
        totals.put("drc_clean", chip.clean());

        ArrayNode devices = o.putArray("devices");
        for (int i = 0; i < chip.devices().size(); i++) {
            devices.add(device(chip, i, gds.deviceCells().get(i)));
        }
        chip.spec().title().ifPresent(t -> o.put("title", t.toUpperCase(Locale.ROOT)));
        ArrayNode labels = o.putArray("labels");
        for (Annotations.Label l : chip.annotations().labels()) {
            labels.add(label(l));
        }
        ArrayNode marks = o.putArray("marks");
        for (Annotations.Mark m : chip.annotations().marks()) {
            marks.addObject().put("name", m.name()).put("type", m.type()).put("x_um", Summary.sig(m.xNm() / 1000))
                    .put("y_um", Summary.sig(m.yNm() / 1000)).put("size_um", Summary.sig(m.sizeNm() / 1000));
        }
        ArrayNode drc = o.putArray("drc");
        for (ChipViolation v : chip.violations()) {
            drc.add(violation(v));
        }
        files(o, outputs);
        return o;
    }

    /** Sets the JSON's {@code files} (what was written beside it, with sizes and SHA-256) to {@code outputs}. */
    public static void files(ObjectNode json, List<OutputFile> outputs) {
        ArrayNode files = json.putArray("files");
        for (OutputFile f : outputs) {
            files.addObject().put("kind", f.kind()).put("name", f.name()).put("bytes", f.bytes())
                    .put("sha256", f.sha256());
        }
    }

    private static boolean clean(ChipResult chip, int i) {
        return chip.devices().get(i).drc().isEmpty() && chip.violationsOf(chip.spec().devices().get(i).id()).isEmpty();
    }

    private static ObjectNode device(ChipResult chip, int i, String cell) {
        ChipDevice d = chip.spec().devices().get(i);
        DesignResult r = chip.devices().get(i);
        Placement p = chip.placements().get(i);
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", d.id());
        o.put("label", d.label());
        o.put("cell", cell);
        o.put("row", d.row());
        o.put("col", d.column());
        o.put("origin", d.origin());
        o.put("x_um", Summary.sig(p.xUm()));
        o.put("y_um", Summary.sig(p.yUm()));
        o.putArray("sref_um").add(Summary.sig(p.offsetXNm() / 1000.0)).add(Summary.sig(p.offsetYNm() / 1000.0));
        o.putArray("bbox_um").add(Summary.sig(p.boundsNm().getMinX() / 1000)).add(Summary.sig(p.boundsNm().getMinY() / 1000))
                .add(Summary.sig(p.boundsNm().getMaxX() / 1000)).add(Summary.sig(p.boundsNm().getMaxY() / 1000));
        p.label().ifPresent(l -> o.set("label_at", label(l)));
        ObjectNode values = o.putObject("varied");
        for (ChipDevice.Override v : d.values()) {
            values.set(v.key(), MAPPER.valueToTree(v.value()));
        }
        ObjectNode summary = Summary.of(r, List.of());
        summary.remove("files");
        o.setAll(summary);
        ArrayNode chipDrc = o.putArray("chip_drc");
        for (ChipViolation v : chip.violationsOf(d.id())) {
            chipDrc.add(violation(v));
        }
        o.put("drc_clean", clean(chip, i));
        return o;
    }

    private static ObjectNode label(Annotations.Label l) {
        return MAPPER.createObjectNode().put("text", l.text()).put("x_um", Summary.sig(l.xNm() / 1000))
                .put("y_um", Summary.sig(l.yNm() / 1000)).put("height_um", Summary.sig(l.heightNm() / 1000))
                .put("width_um", Summary.sig(StrokeFont.widthNm(l.text(), l.heightNm()) / 1000));
    }

    private static ObjectNode violation(ChipViolation v) {
        return MAPPER.createObjectNode().put("rule", v.rule().specName()).put("device", v.device())
                .put("message", v.message()).put("x_um", Summary.sig(v.xUm())).put("y_um", Summary.sig(v.yUm()));
    }

    /** One row per device: place, cell, label, the varied values, then {@link #CSV_TAIL}. */
    public static String csv(ObjectNode json) {
        List<String> header = new ArrayList<>(List.of("id", "row", "col", "cell", "label", "x_um", "y_um"));
        List<String> varied = new ArrayList<>();
        json.get("varied").forEach(v -> varied.add(v.asText()));
        header.addAll(varied);
        header.addAll(CSV_TAIL);
        StringBuilder b = new StringBuilder(String.join(",", header)).append('\n');
        for (JsonNode d : json.get("devices")) {
            List<String> row = new ArrayList<>();
            for (String k : List.of("id", "row", "col", "cell", "label", "x_um", "y_um")) {
                row.add(cell(d.get(k)));
            }
            for (String k : varied) {
                row.add(cell(d.get("varied").get(k)));
            }
            for (String k : CSV_TAIL) {
                if (k.equals("violations")) {
                    List<String> rules = new ArrayList<>();
                    d.get("drc").forEach(v -> rules.add(v.get("rule").asText()));
                    d.get("chip_drc").forEach(v -> rules.add(v.get("rule").asText()));
                    row.add(String.join(" ", rules));
                } else {
                    row.add(cell(d.get(k)));
                }
            }
            b.append(String.join(",", row)).append('\n');
        }
        return b.toString();
    }

    private static String cell(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        String t = v.asText();
        return t.contains(",") || t.contains("\"") ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
    }

    public static String toJson(ObjectNode node) {
        return Summary.toJson(node);
    }
}
