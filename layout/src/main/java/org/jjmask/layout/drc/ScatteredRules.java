package org.jjmask.layout.drc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import org.jjmask.gds.GdsFormatException;
import org.jjmask.gds.GdsReader;
import org.jjmask.gds.GdsWriter;
import org.jjmask.layout.Layout;
import org.jjmask.layout.LayoutGds;

/**
 * The design rules on a layout whose holes are scattered (rotated or disordered lattice): no
 * lattice bond tells where the neighbours are, so the layout is written as it would be to GDSII,
 * in memory, and checked by the rules for any GDSII file ({@link GdsRules}: every neighbouring
 * pair measured exactly, every hole against the outline). What is checked is exactly what is
 * written; the outline the margin is measured to is the device outline.
 */
final class ScatteredRules {

    private ScatteredRules() {}

    static DrcReport check(Layout layout, LayoutRules.Limits limits) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GdsWriter w = GdsWriter.open(bytes)) {
            LayoutGds.write(layout, "DRC", LocalDateTime.of(2000, 1, 1, 0, 0), w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var holes = layout.layers().holes();
        var outline = layout.layers().outline();
        GdsRules.Options o = GdsRules.Options.of(holes.layer(), holes.datatype(), outline.layer(), outline.datatype(),
                limits, DrcReport.DEFAULT_CAP);
        try {
            return GdsRules.check(GdsReader.read(bytes.toByteArray()), o).report();
        } catch (GdsFormatException e) {
            throw new IllegalStateException("the layout's own GDS did not read back: " + e.getMessage(), e);
        }
    }
}
