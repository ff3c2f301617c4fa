package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jjmask.gds.GdsInspector;
import org.jjmask.gds.GdsReader;
import org.jjmask.gds.Inspection;
import org.jjmask.gds.LayerCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Labels and alignment marks from the spec: on layers 5/0 and 6/0 as KLayout and our inspector
 * count them, the marks' CSV, the KLayout layer-properties file and the SVG previews beside the GDS.
 */
class AnnotationsCliTest {

    /** Clean: every mark at least its 5 µm clearance from the device and the labels. */
    static final String SPEC = CliTest.SMALL.replace("name: small", "name: marked") + """
            labels:
              - {text: "A1", x_um: -4, y_um: 3, height_um: 2}
              - {text: "NDNIO2-08", x_um: -4.5, y_um: -5, height_um: 1}
            marks: {type: cross, size_um: 4, width_um: 1, corners: true, margin_um: 5}
            """;

    @Test
    void labelsAndMarksAreWrittenOnTheirLayers(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("marked.yaml"), SPEC);
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("design", spec.toString(), "-o", out.toString(), "-q");
        assertThat(r.code()).as(r.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("marked.gds", "marked.pdf",
                    "marked.json", "marked.lyp", "marked.svg", "marked.cell.svg", "marked.marks.csv");
        }
        Path gds = out.resolve("marked.gds");
        Inspection in = GdsInspector.inspect(GdsReader.read(gds));
        assertThat(in.cells()).isEqualTo(5);
        // "A1" is 2 glyphs; "NDNIO2-08" 9 glyphs, 'O' and '0' slit, '8' split by its slits: at least one polygon each
        long labels = in.layerCount(5, 0).polygons();
        assertThat(labels).isGreaterThanOrEqualTo(11);
        assertThat(in.layerCount(6, 0).polygons()).isEqualTo(4);

        // the JSON lists the marks and every file written beside the GDS, with its hash
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("marked.json").toFile());
        assertThat(json.get("marks")).hasSize(4);
        assertThat(json.get("labels")).isNotEmpty();
        List<String> filesListed = new ArrayList<>();
        json.get("files").forEach(f -> filesListed.add(f.get("name").asText()));
        assertThat(filesListed).containsExactlyInAnyOrder("marked.gds", "marked.pdf", "marked.lyp", "marked.svg",
                "marked.cell.svg", "marked.marks.csv");

        // the marks' centres: the outline's bounding box (±4 × ±2 µm) grown by margin + half the size
        assertThat(Files.readAllLines(out.resolve("marked.marks.csv"))).containsExactly("name,x_um,y_um,type,size_um",
                "LL,-11,-9,cross,4", "LR,11,-9,cross,4", "UR,11,9,cross,4", "UL,-11,9,cross,4");

        // the .lyp lists exactly the GDS's layers
        Document lyp = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("marked.lyp").toFile());
        assertThat(lyp.getDocumentElement().getNodeName()).isEqualTo("layer-properties");
        NodeList sources = lyp.getElementsByTagName("source");
        List<String> listed = new ArrayList<>();
        for (int k = 0; k < sources.getLength(); k++) {
            listed.add(sources.item(k).getTextContent());
        }
        List<String> used = in.layers().stream().filter(c -> c.polygons() > 0)
                .map((LayerCount c) -> c.layer() + "/" + c.datatype() + "@1").toList();
        assertThat(listed).containsExactlyElementsOf(used).containsExactly("1/0@1", "2/0@1", "5/0@1", "6/0@1");

        for (String svg : List.of("marked.svg", "marked.cell.svg")) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve(svg).toFile());
            assertThat(doc.getDocumentElement().getNodeName()).as(svg).isEqualTo("svg");
        }
        assertThat(Files.readString(out.resolve("marked.svg"))).contains("id=\"labels\"").contains("id=\"marks\"");

        // KLayout: the same counts on 5/0 and 6/0, and the .lyp loads into a view naming those layers
        String k = Klayout.run(dir, """
                print("labels %d" % count(5, 0))
                print("marks %d" % count(6, 0))
                v = pya.LayoutView()
                v.load_layout(infile, True)
                v.load_layer_props(lyp)
                it = v.begin_layers()
                while not it.at_end():
                    p = it.current()
                    print("lyp %s|%s" % (p.source, p.name))
                    it.next()
                """, "infile=" + gds, "lyp=" + out.resolve("marked.lyp"));
        assertThat(k).contains("labels " + labels + "\n").contains("marks 4\n")
                .contains("lyp 1/0@1|holes 1/0").contains("lyp 5/0@1|labels 5/0").contains("lyp 6/0@1|marks 6/0");
        assertThat(k.lines().filter(l -> l.startsWith("lyp "))).hasSize(4);
    }

    @Test
    void withoutLabelsOrMarksThereIsNoCsvAndNoExtraLayer(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("small.yaml"), CliTest.SMALL);
        CliTest.Run r = CliTest.run("design", spec.toString(), "-o", dir.toString(), "-q", "--formats", "gds");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dir.resolve("small.marks.csv")).doesNotExist();
        assertThat(Files.readString(dir.resolve("small.lyp"))).contains("1/0@1").contains("2/0@1").doesNotContain("5/0@1");
        assertThat(GdsInspector.inspect(GdsReader.read(dir.resolve("small.gds"))).cells()).isEqualTo(3);
    }

    @Test
    void aLabelOrAMarkOnTheArrayIsARuleBrokenAtAPlaceNotABadSpec(@TempDir Path dir) throws Exception {
        String[][] cases = {
            // on the Hall bar's channel, where the lattice is
            {SPEC.replace("x_um: -4, y_um: 3", "x_um: -1, y_um: -0.5"), "label_on_array", "label 'A1' at (-1, -0.5) µm"},
            {SPEC.replace("corners: true, margin_um: 5", "positions_um: [[0, 0]]"), "annotation_overlap",
                "mark M1 at (0, 0) µm overlaps the hole-array area"},
        };
        for (String[] c : cases) {
            Path spec = Files.writeString(dir.resolve("rule.yaml"), c[0]);
            Path out = dir.resolve("out-" + c[1]);
            CliTest.Run r = CliTest.run("design", spec.toString(), "-o", out.toString(), "-q");
            assertThat(r.code()).as(c[1] + ": " + r.err()).isEqualTo(3);
            assertThat(r.err()).as(c[1]).contains("design rule " + c[1] + ": " + c[2]);
            // the files are written all the same, and the JSON's drc carries the rule and its place
            com.fasterxml.jackson.databind.JsonNode drc = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(out.resolve("marked.json").toFile()).get("drc");
            assertThat(drc).as(c[1]).anySatisfy(v -> {
                assertThat(v.get("rule").asText()).isEqualTo(c[1]);
                assertThat(v.get("message").asText()).startsWith(c[2]);
                assertThat(v.has("x_nm") && v.has("y_nm")).isTrue();
            });
            assertThat(out.resolve("marked.pdf")).isRegularFile();
        }
    }

    @Test
    void badLabelsAndMarksExitTwoNamingTheKeyAndWriteNothing(@TempDir Path dir) throws Exception {
        String[][] cases = {
            {SPEC.replace("text: \"A1\"", "text: \"A1?\""), "labels[0].text"},
            {SPEC.replace("text: \"A1\"", "text: \"a1\""), "labels[0].text"},
            {SPEC.replace("type: cross", "type: circle"), "marks.type"},
            {SPEC.replace("corners: true, margin_um: 5", "corners: true, clearance_um: -1"), "marks.clearance_um"},
            {SPEC.replace("corners: true, margin_um: 5", "corners: true, positions_um: [[20, 20]]"), "marks.corners"},
            {SPEC.replace("corners: true, margin_um: 5", "corners: false"), "marks"},
        };
        for (String[] c : cases) {
            Path spec = Files.writeString(dir.resolve("bad.yaml"), c[0]);
            Path out = dir.resolve("out");
            CliTest.Run r = CliTest.run("design", spec.toString(), "-o", out.toString());
            assertThat(r.code()).as(c[1] + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip()).as(c[1]).containsPattern(": " + java.util.regex.Pattern.quote(c[1]) + "( \\(line \\d+\\))?: ").doesNotContain("\n").doesNotContain("Exception");
            assertThat(out).doesNotExist();
        }
    }
}
