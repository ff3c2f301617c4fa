package org.jjmask.design;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.jjmask.exposure.ClassBlocks;
import org.jjmask.exposure.CorrectionMode;
import org.jjmask.exposure.DoseClass;
import org.jjmask.exposure.DoseCorrection;
import org.jjmask.exposure.DoseLadder;
import org.jjmask.exposure.ExposureModel;
import org.jjmask.exposure.HolePattern;
import org.jjmask.exposure.ProximityCorrection;
import org.jjmask.exposure.vendor.DoseTable;
import org.jjmask.exposure.vendor.Vendor;
import org.jjmask.gds.GdsWriter;
import org.jjmask.layout.Annotations;
import org.jjmask.layout.HoleArray;
import org.jjmask.layout.HoleClasses;
import org.jjmask.layout.Layout;
import org.jjmask.layout.LayoutGds;
import org.jjmask.layout.LayoutLibrary;
import org.jjmask.layout.PolygonDevice;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * {@code jjmask dosetest}: a matrix of small square arrays of the spec's lattice, one column per
 * dose of a geometric ladder (f = (D_N/D₀)^(1/(N−1)), Cornell CNF; EBEAM.md) and one row per hole
 * diameter, each labelled with its dose and diameter in polygons. Without correction one top cell
 * holds the matrix, each array at its dose's class; with {@code ebeam.correction: dose} each dose
 * is the base dose of its own exposure (a top cell per dose, as facilities require of a test that
 * itself needs correction, EBEAM.md) and every array in it is proximity-corrected about that base.
 *
 * @param exposures one per top cell
 * @param rows      the class table over all exposures: top cell, layer, datatype, factor, dose, holes
 */
public record DoseTest(String name, List<Exposure> exposures, List<Row> rows) {

    /** One top cell: the base dose it is written at (the spec's base dose without correction) and its arrays. */
    public record Exposure(String topCell, double baseUCcm2, List<Field> fields) {}

    /** One array: its cells' prefix, layout, classes, place (nm) and label. */
    public record Field(String prefix, Layout layout, HoleClasses classes, double xNm, double yNm, Annotations.Label label,
            double doseUCcm2, double diameterNm) {}

    /** One line of {@code NAME.dosetest.csv}. */
    public record Row(String topCell, int layer, int datatype, double doseFactor, double doseUCcm2, long holes) {}

    public DoseTest {
        exposures = List.copyOf(exposures);
        rows = List.copyOf(rows);
    }

    public static DoseTest of(Spec spec, DoseLadder ladder, double[] diametersNm, double fieldUm, double gapUm) {
        Spec.EbeamSpec e = spec.ebeam();
        if (e.correction() == CorrectionMode.SIZE) {
            throw new IllegalArgumentException("dosetest varies the dose: ebeam.correction size has no dose test; "
                    + "use correction dose or none");
        }
        boolean corrected = e.correction() == CorrectionMode.DOSE;
        double[] doses = ladder.dosesUCcm2();
        double s = fieldUm * 1000;
        double labelH = Math.max(1000, s / 8);
        double stepX = s + gapUm * 1000;
        double stepY = s + gapUm * 1000 + labelH * 1.5;
        int layer = org.jjmask.layout.LayerMap.defaults().holes().layer();
        List<Exposure> exposures = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (!corrected) {
            List<Field> fields = new ArrayList<>();
            for (int k = 0; k < doses.length; k++) {
                DoseClass c = new DoseClass(k, doses[k] / e.doseUcCm2(), 0);
                int l = e.vendor() == Vendor.NPGS ? EbeamPass.NPGS_FIRST_LAYER + k : layer;
                int dt = e.vendor() == Vendor.NPGS ? 0 : e.vendor().datatype(c);
                long holes = 0;
                for (int j = 0; j < diametersNm.length; j++) {
                    Layout lay = square(spec, diametersNm[j], s);
                    HoleClasses hc = uniform(lay, l, dt);
                    fields.add(field(k, j, lay, hc, doses[k], diametersNm[j], stepX, stepY, s, labelH));
                    holes += lay.holeCount();
                }
                rows.add(new Row("DOSETEST", l, dt, e.vendor().realisedFactor(c), e.vendor().realisedFactor(c)
                        * e.doseUcCm2(), holes));
            }
            exposures.add(new Exposure("DOSETEST", e.doseUcCm2(), fields));
        } else {
            for (int k = 0; k < doses.length; k++) {
                String top = String.format(Locale.ROOT, "DOSE_%02d", k);
                List<Layout> layouts = new ArrayList<>();
                List<DoseCorrection> corrections = new ArrayList<>();
                // one class table per exposure, over all its arrays: a class index means one dose in it
                TreeMap<Double, Integer> factors = new TreeMap<>();
                for (double d : diametersNm) {
                    Layout lay = square(spec, d, s);
                    DoseCorrection c = ProximityCorrection.dose(new ExposureModel(HolePattern.of(lay), e.psf().orElseThrow()),
                            e.doseClasses());
                    layouts.add(lay);
                    corrections.add(c);
                    c.classes().forEach(dc -> factors.putIfAbsent(dc.doseFactor(), 0));
                }
                int rank = 0;
                for (var en : factors.entrySet()) {
                    en.setValue(rank++);
                }
                long[] counts = new long[factors.size()];
                List<short[]> remapped = new ArrayList<>();
                for (DoseCorrection c : corrections) {
                    short[] own = c.classOf();
                    short[] global = new short[own.length];
                    for (int i = 0; i < own.length; i++) {
                        global[i] = (short) (int) factors.get(c.classes().get(own[i]).doseFactor());
                        counts[global[i]]++;
                    }
                    remapped.add(global);
                }
                List<DoseClass> classes = new ArrayList<>();
                for (var en : factors.entrySet()) {
                    classes.add(new DoseClass(en.getValue(), en.getKey(), counts[en.getValue()]));
                }
                DoseTable table = DoseTable.of(e.vendor(), e.vendor() == Vendor.NPGS ? EbeamPass.NPGS_FIRST_LAYER : layer,
                        doses[k], classes);
                List<HoleClasses.ClassCell> cells = table.rows().stream()
                        .map(r -> new HoleClasses.ClassCell(r.layer(), r.datatype(), Optional.<int[]>empty(), false)).toList();
                List<Field> fields = new ArrayList<>();
                for (int j = 0; j < diametersNm.length; j++) {
                    Layout lay = layouts.get(j);
                    List<HoleClasses.Block> blocks = ClassBlocks.of(lay, remapped.get(j)).stream()
                            .map(b -> new HoleClasses.Block(b.classRank(), b.holes())).toList();
                    fields.add(field(k, j, lay, new HoleClasses(cells, blocks, new short[0]), doses[k], diametersNm[j],
                            stepX, stepY, s, labelH));
                }
                for (DoseTable.Row r : table.rows()) {
                    rows.add(new Row(top, r.layer(), r.datatype(), r.doseFactor(), r.doseUCcm2(), r.holes()));
                }
                exposures.add(new Exposure(top, doses[k], fields));
            }
        }
        return new DoseTest(spec.name(), exposures, rows);
    }

    private static Field field(int k, int j, Layout lay, HoleClasses hc, double dose, double d, double stepX,
            double stepY, double s, double labelH) {
        double x = k * stepX;
        double y = -j * stepY;
        String text = "D" + Numbers.format(Math.round(dose * 10) / 10.0) + " H" + Numbers.format(d);
        Annotations.Label label = new Annotations.Label(text, x - s / 2, y - s / 2 - labelH * 1.25, labelH);
        return new Field(String.format(Locale.ROOT, "T%02dH%02d_", k, j), lay, hc, x, y, label, dose, d);
    }

    private static HoleClasses uniform(Layout lay, int layer, int datatype) {
        List<HoleClasses.Block> blocks = new ArrayList<>();
        for (HoleArray a : lay.arrays()) {
            blocks.add(new HoleClasses.Block(0, a));
        }
        return new HoleClasses(List.of(new HoleClasses.ClassCell(layer, datatype, Optional.empty(), false)), blocks,
                new short[0]);
    }

    /** A square of side {@code sNm} centred on the origin, filled with the spec's lattice at diameter {@code d}. */
    private static Layout square(Spec spec, double d, double sNm) {
        Spec.LatticeSpec l = spec.lattice().withGeometry(spec.lattice().type(), spec.lattice().pitchNm(), d);
        double h = sNm / 2;
        var poly = new GeometryFactory().createPolygon(new Coordinate[] {new Coordinate(-h, -h), new Coordinate(h, -h),
            new Coordinate(h, h), new Coordinate(-h, h), new Coordinate(-h, -h)});
        return Layout.of(new PolygonDevice(poly), l.gridLattice(Designer.DBU_NM), l.idealHole().written(Designer.DBU_NM),
                l.edgeMarginNm(), Designer.DBU_NM);
    }

    /** Writes the library: each array's cells under its prefix, a labels cell and a top cell per exposure. */
    public void write(LocalDateTime timestamp, GdsWriter w) throws IOException {
        LayoutLibrary library = LayoutLibrary.open(w, Designer.DBU_NM, timestamp);
        for (int x = 0; x < exposures.size(); x++) {
            Exposure ex = exposures.get(x);
            List<String> tops = new ArrayList<>();
            for (Field f : ex.fields()) {
                tops.add(LayoutGds.writeInto(library, f.prefix(), "A", f.layout(), Optional.empty(), Annotations.NONE,
                        Optional.of(f.classes())));
            }
            String labels = library.reserve(ex.topCell() + "_LABELS");
            Annotations a = new Annotations(ex.fields().stream().map(Field::label).toList(), List.of());
            w.beginCell(labels);
            var ll = org.jjmask.layout.LayerMap.defaults().labels();
            for (int[] piece : a.labelBoundaries(Designer.DBU_NM)) {
                w.boundary(ll.layer(), ll.datatype(), piece);
            }
            w.endCell();
            w.beginCell(library.reserve(ex.topCell()));
            for (int i = 0; i < tops.size(); i++) {
                Field f = ex.fields().get(i);
                w.sref(tops.get(i), (int) Math.round(f.xNm()), (int) Math.round(f.yNm()));
            }
            w.sref(labels, 0, 0);
            w.endCell();
        }
        library.end();
    }

    /** {@code NAME.dosetest.csv}: the class table with the top cell each row belongs to. */
    public String csv() {
        StringBuilder sb = new StringBuilder("top_cell,layer,datatype,dose_factor,dose_uC_cm2,holes\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%s,%d,%d,%.6f,%.4f,%d%n", r.topCell(), r.layer(), r.datatype(),
                    r.doseFactor(), r.doseUCcm2(), r.holes()));
        }
        return sb.toString();
    }

    /** Holes over all arrays. */
    public long holes() {
        return exposures.stream().flatMap(x -> x.fields().stream()).mapToLong(f -> f.layout().holeCount()).sum();
    }
}
