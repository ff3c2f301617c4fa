package org.jjmask.layout;

import java.util.List;

/**
 * A KLayout layer-properties file ({@code .lyp}) for the layers a design writes: one
 * {@code <properties>} entry per layer, named by its purpose, with the colours and stipples
 * KLayout itself writes, source {@code L/D@1}.
 */
public final class LayerProperties {

    private LayerProperties() {}

    /** The .lyp XML for {@code layers}, named by {@code map}'s purposes. */
    public static String lyp(LayerMap map, List<LayerMap.LayerSpec> layers) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<layer-properties>\n");
        for (LayerMap.LayerSpec l : layers) {
            String name = map.nameOf(l);
            String[] style = style(name);
            sb.append(" <properties>\n")
                    .append("  <frame-color>").append(style[0]).append("</frame-color>\n")
                    .append("  <fill-color>").append(style[0]).append("</fill-color>\n")
                    .append("  <frame-brightness>0</frame-brightness>\n")
                    .append("  <fill-brightness>0</fill-brightness>\n")
                    .append("  <dither-pattern>").append(style[1]).append("</dither-pattern>\n")
                    .append("  <line-style/>\n")
                    .append("  <valid>true</valid>\n")
                    .append("  <visible>true</visible>\n")
                    .append("  <transparent>false</transparent>\n")
                    .append("  <width>1</width>\n")
                    .append("  <marked>false</marked>\n")
                    .append("  <xfill>false</xfill>\n")
                    .append("  <animation>0</animation>\n")
                    .append("  <name>").append(name).append(' ').append(l.layer()).append('/').append(l.datatype())
                    .append("</name>\n")
                    .append("  <source>").append(l.layer()).append('/').append(l.datatype()).append("@1</source>\n")
                    .append(" </properties>\n");
        }
        return sb.append(" <name/>\n</layer-properties>\n").toString();
    }

    /**
     * The colour ({@code #rrggbb}) of a layer purpose — holes, outline, film, pads, labels, marks —
     * as KLayout shows it; the previews and the report draw labels and marks in the same colours,
     * so a mark looks alike in every view.
     */
    public static String colour(String purpose) {
        return style(purpose)[0];
    }

    /** Colour and KLayout dither pattern per purpose. */
    static String[] style(String name) {
        return switch (name) {
            case "holes" -> new String[] {"#ff3030", "I0"};
            case "outline" -> new String[] {"#4080ff", "I1"};
            case "film" -> new String[] {"#30c030", "I5"};
            case "pads" -> new String[] {"#ffb000", "I9"};
            case "labels" -> new String[] {"#c040ff", "I0"};
            case "marks" -> new String[] {"#00c0c0", "I0"};
            default -> new String[] {"#808080", "I1"};
        };
    }
}
