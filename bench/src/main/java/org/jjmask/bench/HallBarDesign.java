package org.jjmask.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Designer;
import org.jjmask.design.Spec;
import org.jjmask.design.spec.SpecException;
import org.jjmask.design.SpecReader;
import org.jjmask.gds.GdsWriter;
import org.jjmask.gds.GdsWriterOptions;
import org.jjmask.layout.LayoutGds;
import org.locationtech.jts.geom.Coordinate;

/**
 * The hierarchical workload, the peer of KLayout's {@code Region.fill} figure in GDSII.md: a
 * 1000 µm × 200 µm Hall bar (two pairs of 20 µm × 50 µm arms) filled with a 200 nm triangular
 * lattice of 140 nm 64-gon holes, 200 nm edge margin, written as hole cell + AREFs.
 */
public final class HallBarDesign {

    public static final String NAME = "bench-hallbar";

    public static final String SPEC = """
        name: bench-hallbar
        material: {preset: Nd0.8Sr0.2NiO2}
        substrate: {preset: SrTiO3}
        device: {type: hallbar, length_um: 1000, width_um: 200, arm_pairs: 2, arm_width_um: 20, arm_length_um: 50}
        lattice: {type: triangular, pitch_nm: 200, hole_diameter_nm: 140, hole_vertices: 64, edge_margin_nm: 200}
        fabrication: {min_feature_nm: 20}
        conditions: {base_temperature_K: 0.05}
        """;

    static final LocalDateTime TIMESTAMP = LocalDateTime.of(2026, 1, 1, 0, 0);

    private HallBarDesign() {
    }

    public static Spec spec() {
        try {
            return SpecReader.parse(SPEC, "bench-hallbar.yaml");
        } catch (SpecException e) {
            throw new IllegalStateException("the benchmark's own spec is invalid: " + e.getMessage(), e);
        }
    }

    /** The real design pass: fill, unit-cell facts, design rules, prediction. */
    public static DesignResult design(Spec spec) {
        return Designer.run(spec);
    }

    /** Streams the layout to {@code out} (not closed) and returns the bytes written. */
    public static long write(DesignResult result, OutputStream out) throws IOException {
        GdsWriter w = GdsWriter.open(out, GdsWriterOptions.defaults());
        LayoutGds.write(result.layout(), NAME, TIMESTAMP, w);
        return w.bytesWritten();
    }

    /** The outline's exterior ring in nm, "x y" per line, for the KLayout script. */
    public static String outlineNm(DesignResult result) {
        StringBuilder b = new StringBuilder();
        for (Coordinate c : result.layout().outlineNm().getExteriorRing().getCoordinates()) {
            b.append(Math.round(c.x)).append(' ').append(Math.round(c.y)).append('\n');
        }
        return b.toString();
    }
}
