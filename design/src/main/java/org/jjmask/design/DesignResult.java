package org.jjmask.design;

import org.jjmask.layout.drc.NeckStatistics;
import org.jjmask.layout.drc.Violation;
import java.util.List;
import java.util.Optional;
import org.jjmask.layout.Annotations;
import org.jjmask.layout.FilmLayout;
import org.jjmask.layout.Layout;
import org.jjmask.layout.UnitCellFacts;
import org.jjmask.layout.network.NetworkStatistics;
import org.jjmask.physics.ArrayGeometry;
import org.jjmask.physics.Conditions;
import org.jjmask.physics.FilmPrediction;
import org.jjmask.physics.Material;
import org.jjmask.physics.Prediction;
import org.jjmask.physics.Substrate;
import org.jjmask.physics.ValidityFlag;

/**
 * The outcome of one design pass; nothing in it has been written to a file. {@code notes} are the
 * design pass's own caveats (spec values recorded but not yet applied), beside the physics' flags;
 * {@code necks} the film between every pair of neighbouring written holes, as the design rules measured it.
 */
public record DesignResult(Spec spec, Layout layout, Optional<FilmLayout> film, UnitCellFacts facts,
        NetworkStatistics network, ArrayGeometry geometry, Material material, Substrate substrate, Conditions conditions,
        Prediction prediction, List<Violation> drc, List<ValidityFlag> notes, Annotations annotations,
        Uncertainty uncertainty, Optional<EbeamResult> ebeam, NeckStatistics necks) {

    public DesignResult {
        drc = List.copyOf(drc);
        notes = List.copyOf(notes);
    }

    /** Without an exposure model and without the written necks counted ({@link NeckStatistics#NONE}). */
    public DesignResult(Spec spec, Layout layout, Optional<FilmLayout> film, UnitCellFacts facts,
            NetworkStatistics network, ArrayGeometry geometry, Material material, Substrate substrate,
            Conditions conditions, Prediction prediction, List<Violation> drc, List<ValidityFlag> notes,
            Annotations annotations, Uncertainty uncertainty) {
        this(spec, layout, film, facts, network, geometry, material, substrate, conditions, prediction, drc, notes,
                annotations, uncertainty, Optional.empty(), NeckStatistics.NONE);
    }

    /** Without an exposure model ({@code ebeam:} with no PSF and no write fields). */
    public DesignResult(Spec spec, Layout layout, Optional<FilmLayout> film, UnitCellFacts facts,
            NetworkStatistics network, ArrayGeometry geometry, Material material, Substrate substrate,
            Conditions conditions, Prediction prediction, List<Violation> drc, List<ValidityFlag> notes,
            Annotations annotations, Uncertainty uncertainty, NeckStatistics necks) {
        this(spec, layout, film, facts, network, geometry, material, substrate, conditions, prediction, drc, notes,
                annotations, uncertainty, Optional.empty(), necks);
    }

    /** The same pass with another exposure result: a chip's devices written in its shared dose table. */
    public DesignResult withEbeam(Optional<EbeamResult> e) {
        return new DesignResult(spec, layout, film, facts, network, geometry, material, substrate, conditions, prediction,
                drc, notes, annotations, uncertainty, e, necks);
    }

    /** The hole classes the GDS is written with, when the exposure asks for them. */
    public Optional<org.jjmask.layout.HoleClasses> holeClasses() {
        return ebeam.flatMap(EbeamResult::classes);
    }

    /** Without the uncertainty propagated ({@link Uncertainty#NONE}). */
    public DesignResult(Spec spec, Layout layout, Optional<FilmLayout> film, UnitCellFacts facts,
            NetworkStatistics network, ArrayGeometry geometry, Material material, Substrate substrate,
            Conditions conditions, Prediction prediction, List<Violation> drc, List<ValidityFlag> notes,
            Annotations annotations) {
        this(spec, layout, film, facts, network, geometry, material, substrate, conditions, prediction, drc, notes,
                annotations, Uncertainty.NONE);
    }

    /** Without labels or marks. */
    public DesignResult(Spec spec, Layout layout, Optional<FilmLayout> film, UnitCellFacts facts,
            NetworkStatistics network, ArrayGeometry geometry, Material material, Substrate substrate,
            Conditions conditions, Prediction prediction, List<Violation> drc, List<ValidityFlag> notes) {
        this(spec, layout, film, facts, network, geometry, material, substrate, conditions, prediction, drc, notes,
                Annotations.NONE);
    }

    /** Every caveat a reader of the prediction needs: the physics' validity flags, then the design's notes. */
    public List<ValidityFlag> flags() {
        return java.util.stream.Stream.concat(prediction.flags().stream(), notes.stream()).toList();
    }

    /**
     * The plain film's prediction when no hole is written (the {@code no_holes} rule): there is no
     * array to predict, only the film's own T_c, T_BKT and H_c2. Empty when there are holes.
     */
    public Optional<FilmPrediction> plainFilm() {
        return layout.holeCount() == 0 ? Optional.of(FilmPrediction.of(material, conditions, spec.model().options()))
                : Optional.empty();
    }

    public long holes() {
        return layout.holeCount();
    }

    /** Area the e-beam exposes, nm²: the holes in positive tone, the film in negative tone. */
    public double exposedAreaNm2() {
        double dbu2 = layout.dbuNm() * layout.dbuNm();
        if (film.isPresent()) {
            return film.get().filmAreaDbu2() * dbu2;
        }
        if (layout.scattered().isPresent()) {
            // each size class with its own written polygon
            var s = layout.scattered().get();
            return s.classCounts().entrySet().stream().mapToDouble(e -> e.getValue() * s.shape(e.getKey()).area())
                    .sum() * dbu2;
        }
        return holes() * layout.hole().area() * dbu2;
    }

    /**
     * Time the beam spends exposing, s: t = D·A/I (EBEAM.md; 250 µC/cm² over 1 cm² at 2 nA is 34.7 h),
     * at the spec's {@code ebeam} dose and current; stage moves, settling and field changes not included.
     */
    public double writeTimeS() {
        double areaCm2 = exposedAreaNm2() * 1e-14;
        return spec.ebeam().doseUcCm2() * 1e-6 * areaCm2 / (spec.ebeam().currentNa() * 1e-9);
    }

    /** Exposed area over the device outline's area. */
    public double exposedFraction() {
        return exposedAreaNm2() / layout.outlineNm().getArea();
    }
}
