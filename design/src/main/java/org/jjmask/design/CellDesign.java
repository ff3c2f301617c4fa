package org.jjmask.design;

import org.jjmask.layout.drc.Violation;
import java.util.List;
import java.util.Optional;
import org.jjmask.layout.UnitCellFacts;
import org.jjmask.physics.ArrayGeometry;
import org.jjmask.physics.Prediction;

/**
 * The cheap design pass ({@link Designer#cell}): the written unit cell, the design rules a periodic
 * lattice's unit cell decides ({@link CellRules}) and the prediction, without the device. No
 * geometry and no prediction when neighbouring holes touch: the film is cut apart there.
 */
public record CellDesign(Spec spec, UnitCellFacts facts, Optional<ArrayGeometry> geometry,
        Optional<Prediction> prediction, List<Violation> drc) {

    public CellDesign {
        drc = List.copyOf(drc);
    }

    /** No unit-cell rule broken. */
    public boolean clean() {
        return drc.isEmpty();
    }

    /** The names of the broken rules, in the order they were checked. */
    public List<String> rules() {
        return drc.stream().map(v -> v.rule().specName()).toList();
    }
}
