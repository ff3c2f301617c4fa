package org.jjmask.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jjmask.gds.GdsInspector;
import org.jjmask.gds.GdsReader;
import org.jjmask.gds.GdsWriter;
import org.jjmask.gds.GdsWriterOptions;
import org.jjmask.gds.Inspection;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Labels in the stroke font and alignment marks: simply connected polygons, written on their own layers and cells. */
class AnnotationsTest {

    static final String ALL = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_. ";

    @Test
    void theFontCoversItsCharacters() {
        for (char c : ALL.toCharArray()) {
            assertThat(StrokeFont.supports(c)).as("'%s'", c).isTrue();
        }
        assertThat(StrokeFont.characters()).hasSize(ALL.length());
        assertThat(StrokeFont.firstUnsupported("AB?")).isEqualTo(2);
        assertThat(StrokeFont.firstUnsupported("a")).isZero();
        assertThatThrownBy(() -> StrokeFont.render("Ä", 0, 0, 10_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyGlyphIsValidAndSimplyConnected() {
        for (char c : ALL.toCharArray()) {
            List<Polygon> glyph = StrokeFont.render(String.valueOf(c), 0, 0, 10_000);
            if (c == ' ') {
                assertThat(glyph).isEmpty();
                continue;
            }
            assertThat(glyph).as("'%s'", c).isNotEmpty();
            double area = 0;
            for (Polygon p : glyph) {
                assertThat(p.isValid()).as("'%s' valid", c).isTrue();
                assertThat(p.getNumInteriorRing()).as("'%s' interior rings", c).isZero();
                area += p.getArea();
                // inside the glyph's box: 10 µm tall, lower-left at the origin
                assertThat(p.getEnvelopeInternal().getMinY()).isGreaterThanOrEqualTo(-1e-6);
                assertThat(p.getEnvelopeInternal().getMaxY()).isLessThanOrEqualTo(10_000 + 1e-6);
                assertThat(p.getEnvelopeInternal().getMinX()).isGreaterThanOrEqualTo(-1e-6);
            }
            assertThat(area).as("'%s' area", c).isGreaterThan(1e5);
            // hole-free as written: the safety net finds nothing to cut
            int pieces = 0;
            for (Polygon p : glyph) {
                pieces += Fracture.holeFree(p).size();
            }
            assertThat(pieces).as("'%s' pieces", c).isEqualTo(glyph.size());
        }
    }

    @Test
    void loopsAreSlit() {
        // an O, a B and an 8 enclose counters in a plain stroke font; here each is opened
        for (String s : List.of("O", "B", "8", "0", "A", "Q")) {
            for (Polygon p : StrokeFont.render(s, 0, 0, 7_000)) {
                assertThat(p.getNumInteriorRing()).as(s).isZero();
            }
        }
    }

    @Test
    void marksAreOnePolygonEach() {
        Polygon cross = new Annotations.Mark("M1", "cross", 100_000, 0, 10_000, 2_000).polygonNm();
        assertThat(cross.getNumInteriorRing()).isZero();
        assertThat(cross.getArea()).isEqualTo(2 * 10_000 * 2_000 - 2_000 * 2_000.0);
        Polygon square = new Annotations.Mark("M2", "square", 0, 100_000, 10_000, 0).polygonNm();
        assertThat(square.getArea()).isEqualTo(1e8);
    }

    static Annotations sample() {
        return new Annotations(List.of(new Annotations.Label("A1-B8", -6_000, 5_000, 2_000),
                new Annotations.Label("ROW 0", -6_000, -8_000, 1_500)),
                List.of(new Annotations.Mark("LL", "cross", -20_000, -20_000, 10_000, 2_000),
                        new Annotations.Mark("UR", "square", 20_000, 20_000, 8_000, 0)));
    }

    @Test
    void labelsAndMarksRoundTripOnTheirLayers() throws Exception {
        Layout layout = Layout.of(new HallBar(12, 3, 2, 1, 2), GridLattice.of(LatticeType.TRIANGULAR, 120, 1.0),
                HoleShape.regular(70, 32, 1.0), 200, 1.0);
        Annotations a = sample();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GdsWriter w = GdsWriter.open(bytes, GdsWriterOptions.defaults())) {
            LayoutGds.write(layout, Optional.empty(), a, "bar-1", LocalDateTime.of(2024, 1, 2, 3, 4, 5), w);
        }
        Inspection in = GdsInspector.inspect(GdsReader.read(bytes.toByteArray()));
        assertThat(in.cells()).isEqualTo(5);
        assertThat(in.topCells()).containsExactly("bar_1");
        assertThat(in.layerCount(1, 0).polygons()).isEqualTo(layout.holeCount());
        assertThat(in.layerCount(5, 0).polygons()).isEqualTo(a.labelPolygonsNm().size())
                .isEqualTo(a.labelBoundaries(1.0).size()).isPositive();
        assertThat(in.layerCount(6, 0).polygons()).isEqualTo(2);
        assertThat(LayoutGds.usedLayers(layout, false, a)).extracting(LayerMap.LayerSpec::layer).containsExactly(1, 2, 5, 6);
        assertThat(LayoutGds.usedLayers(layout, false, Annotations.NONE)).extracting(LayerMap.LayerSpec::layer)
                .containsExactly(1, 2);
    }

    @Test
    void withoutAnnotationsTheGdsIsUnchanged() throws Exception {
        Layout layout = Layout.of(new HallBar(12, 3, 2, 1, 2), GridLattice.of(LatticeType.SQUARE, 120, 1.0),
                HoleShape.regular(70, 32, 1.0), 200, 1.0);
        ByteArrayOutputStream with = new ByteArrayOutputStream();
        try (GdsWriter w = GdsWriter.open(with, GdsWriterOptions.defaults())) {
            LayoutGds.write(layout, Optional.empty(), Annotations.NONE, "x", LocalDateTime.of(2024, 1, 2, 3, 4, 5), w);
        }
        assertThat(with.toByteArray()).isEqualTo(LayoutGdsTest.write(layout, "x"));
    }

    @Test
    void marksCsvListsTheCentres() {
        assertThat(sample().marksCsv()).isEqualTo("name,x_um,y_um,type,size_um\nLL,-20,-20,cross,10\nUR,20,20,square,8\n");
    }

    @Test
    void lypNamesExactlyTheGivenLayers() throws Exception {
        LayerMap m = LayerMap.defaults();
        String lyp = LayerProperties.lyp(m, List.of(m.holes(), m.outline(), m.labels(), m.marks()));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(lyp)));
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("layer-properties");
        NodeList sources = doc.getElementsByTagName("source");
        List<String> s = new ArrayList<>();
        for (int k = 0; k < sources.getLength(); k++) {
            s.add(sources.item(k).getTextContent());
        }
        assertThat(s).containsExactly("1/0@1", "2/0@1", "5/0@1", "6/0@1");
        assertThat(doc.getElementsByTagName("properties").getLength()).isEqualTo(4);
        assertThat(lyp).contains("<name>labels 5/0</name>").contains("<dither-pattern>");
    }

    @Test
    void svgPreviewsParse() throws Exception {
        Layout layout = Layout.of(new HallBar(12, 3, 2, 1, 2, 3, true), GridLattice.of(LatticeType.TRIANGULAR, 120, 1.0),
                HoleShape.regular(70, 32, 1.0), 200, 1.0);
        for (String svg : List.of(SvgPreview.device(layout, sample(), "bar"), SvgPreview.unitCell(layout, "bar"))) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(svg)));
            assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
            assertThat(doc.getDocumentElement().getAttribute("viewBox").split(" ")).hasSize(4);
        }
        String cell = SvgPreview.unitCell(layout, "bar");
        assertThat(cell.split("<polygon ", -1).length - 1).isGreaterThanOrEqualTo(7);
        assertThat(SvgPreview.device(layout, sample(), "bar")).contains("id=\"labels\"").contains("id=\"marks\"")
                .contains("id=\"pads\"").contains("<rect ");
    }
}
