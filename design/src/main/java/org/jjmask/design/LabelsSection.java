package org.jjmask.design;

import java.util.ArrayList;
import java.util.List;
import org.jjmask.design.spec.Key;
import org.jjmask.design.spec.Mapping;
import org.jjmask.design.spec.Section;
import org.jjmask.design.spec.SpecException;
import org.jjmask.layout.StrokeFont;

/**
 * {@code labels: [{text, x_um, y_um, height_um}]}: text in the built-in font. Where a label may go
 * (off the hole array, off other labels) is a design rule, not a spec fault ({@link DesignRules}).
 */
final class LabelsSection {

    static final Key TEXT = Key.text("text", "A–Z 0–9 - _ . and space, at most 64 characters, as polygons on layer 5/0");
    static final Key X = Key.number("x_um", "µm", -1e5, 1e5, "lower-left corner, x");
    static final Key Y = Key.number("y_um", "µm", -1e5, 1e5, "lower-left corner, y");
    static final Key HEIGHT = Key.number("height_um", "µm", 1, 10_000, "letter height").defaultsTo(10.0);

    static final Section EACH = Section.of("labels", "text written as polygons on layer 5/0; on the hole array "
            + "(label_on_array) or another label (label_overlap) a design rule is broken", TEXT, X, Y, HEIGHT);
    static final Key KEY = Key.sections(EACH).optional();

    private LabelsSection() {}

    static List<Spec.LabelSpec> read(List<Mapping> entries) throws SpecException {
        List<Spec.LabelSpec> out = new ArrayList<>();
        for (Mapping l : entries) {
            String text = l.text(TEXT);
            if (text.length() > 64) {
                throw l.fault(TEXT, "'" + text + "' is longer than 64 characters");
            }
            int bad = StrokeFont.firstUnsupported(text);
            if (bad >= 0) {
                throw l.fault(TEXT, "character '" + text.charAt(bad) + "' of '" + text + "' is not in the label "
                        + "font (A-Z, 0-9, '-', '_', '.' and space)");
            }
            out.add(new Spec.LabelSpec(text, l.number(X), l.number(Y), l.number(HEIGHT)));
        }
        return out;
    }
}
