package org.jjmask.design;

import java.util.List;
import org.jjmask.layout.Layout;
import org.jjmask.layout.UnitCellFacts;
import org.jjmask.physics.ArrayGeometry;
import org.jjmask.physics.Conditions;
import org.jjmask.physics.Material;
import org.jjmask.physics.Prediction;
import org.jjmask.physics.Substrate;

/** The outcome of one design pass; nothing in it has been written to a file. */
public record DesignResult(Spec spec, Layout layout, UnitCellFacts facts, ArrayGeometry geometry, Material material,
        Substrate substrate, Conditions conditions, Prediction prediction, List<DrcViolation> drc) {

    public DesignResult {
        drc = List.copyOf(drc);
    }

    public long holes() {
        return layout.holeCount();
    }
}
