package org.jjmask.design.chip;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Designer;
import org.jjmask.layout.Annotations;
import org.jjmask.layout.LabelGlyphs;
import org.jjmask.layout.StrokeFont;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * A chip's design pass: every device through {@link Designer#run} (on {@code threads} threads;
 * the results do not depend on how many), each centred in its matrix cell, its label under it, the
 * die's title and corner marks, then the die's design rules ({@link ChipRule}). Writes nothing.
 */
public final class ChipDesigner {

    private ChipDesigner() {}

    public static ChipResult run(ChipSpec spec) {
        return run(spec, Runtime.getRuntime().availableProcessors());
    }

    public static ChipResult run(ChipSpec spec, int threads) {
        List<DesignResult> results = designAll(spec, threads);
        ChipSpec.Die die = spec.die();
        double dbu = Designer.DBU_NM;
        double cx = (die.minXUm() + die.maxXUm()) / 2 * 1000;
        double cy = (die.minYUm() + die.maxYUm()) / 2 * 1000;
        double cellX = die.cellXUm() * 1000;
        double cellY = die.cellYUm() * 1000;
        List<Placement> placements = new ArrayList<>();
        List<Annotations.Label> labels = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ChipDevice d = spec.devices().get(i);
            double ccx = cx + (d.column() - 1 - (spec.columns() - 1) / 2.0) * cellX;
            double ccy = cy + ((spec.rows() - 1) / 2.0 - (d.row() - 1)) * cellY;
            Envelope cell = new Envelope(ccx - cellX / 2, ccx + cellX / 2, ccy - cellY / 2, ccy + cellY / 2);
            Envelope own = bounds(results.get(i));
            long ox = Math.round((ccx - own.centre().x) / dbu);
            long oy = Math.round((ccy - own.centre().y) / dbu);
            Envelope placed = new Envelope(own);
            placed.translate(ox * dbu, oy * dbu);
            Optional<Annotations.Label> label = Optional.empty();
            if (!d.label().isEmpty()) {
                double h = spec.labelHeightUm() * 1000;
                double w = StrokeFont.widthNm(d.label(), h);
                // half a letter below the device, centred under it, on the database grid
                label = Optional.of(new Annotations.Label(d.label(), snap(ccx - w / 2, dbu),
                        snap(placed.getMinY() - h / 2 - h, dbu), h));
                labels.add(label.get());
            }
            placements.add(new Placement(ox, oy, cell, placed, label));
        }
        Optional<Annotations.Label> title = spec.title().map(t -> {
            double h = spec.titleHeightUm() * 1000;
            double w = StrokeFont.widthNm(t.toUpperCase(java.util.Locale.ROOT), h);
            return new Annotations.Label(t.toUpperCase(java.util.Locale.ROOT), snap(cx - w / 2, dbu),
                    snap(die.minYUm() * 1000 + die.laneUm() * 1000 + h, dbu), h);
        });
        title.ifPresent(labels::add);
        List<Annotations.Mark> marks = spec.marks().map(m -> m.positions().stream()
                .map(p -> new Annotations.Mark(p.name(), m.type(), p.xUm() * 1000, p.yUm() * 1000, m.sizeUm() * 1000,
                        m.widthUm() * 1000)).toList()).orElse(List.of());
        Annotations annotations = new Annotations(labels, marks);
        List<ChipViolation> violations = rules(spec, placements, title, annotations);
        return new ChipResult(spec, results, placements, annotations, violations);
    }

    private static List<DesignResult> designAll(ChipSpec spec, int threads) {
        int n = Math.max(1, Math.min(threads, spec.devices().size()));
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "jjmask-chip");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DesignResult>> futures = new ArrayList<>();
            for (ChipDevice d : spec.devices()) {
                futures.add(pool.submit(() -> Designer.run(d.spec())));
            }
            List<DesignResult> out = new ArrayList<>();
            for (Future<DesignResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while designing the chip's devices", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** What a device writes, device coordinates, nm: outline, pads, its own labels and marks. */
    static Envelope bounds(DesignResult r) {
        Envelope e = new Envelope(r.layout().outlineNm().getEnvelopeInternal());
        for (Polygon p : r.layout().padsNm()) {
            e.expandToInclude(p.getEnvelopeInternal());
        }
        for (Polygon p : r.annotations().labelPolygonsNm()) {
            e.expandToInclude(p.getEnvelopeInternal());
        }
        for (Polygon p : r.annotations().markPolygonsNm()) {
            e.expandToInclude(p.getEnvelopeInternal());
        }
        return e;
    }

    private static double snap(double v, double dbu) {
        return Math.round(v / dbu) * dbu;
    }

    private static List<ChipViolation> rules(ChipSpec spec, List<Placement> placements,
            Optional<Annotations.Label> title, Annotations annotations) {
        List<ChipViolation> out = new ArrayList<>();
        // each label's box once, from glyphs rendered once: rendering per pair of checks was a
        // seventh of a chip's time
        LabelGlyphs glyphs = new LabelGlyphs();
        java.util.Map<Annotations.Label, Envelope> boxes = new java.util.HashMap<>();
        for (Annotations.Label l : annotations.labels()) {
            boxes.put(l, glyphs.envelopeNm(l));
        }
        ChipSpec.Die die = spec.die();
        double lane = die.laneUm() * 1000;
        Envelope usable = new Envelope(die.minXUm() * 1000 + lane, die.maxXUm() * 1000 - lane,
                die.minYUm() * 1000 + lane, die.maxYUm() * 1000 - lane);
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            String id = spec.devices().get(i).id();
            Envelope b = p.boundsNm();
            if (b.getWidth() > p.cellNm().getWidth() || b.getHeight() > p.cellNm().getHeight()) {
                out.add(new ChipViolation(ChipRule.DEVICE_OUTSIDE_CELL, id, String.format(java.util.Locale.ROOT,
                        "device %s is %s × %s µm, its cell %s × %s µm", id, um(b.getWidth()), um(b.getHeight()),
                        um(p.cellNm().getWidth()), um(p.cellNm().getHeight())), p.xUm(), p.yUm()));
            }
            if (!usable.covers(b)) {
                out.add(lane(id, "device " + id, b, usable));
            }
            if (p.label().isPresent()) {
                Envelope l = boxes.get(p.label().get());
                if (!usable.covers(l)) {
                    out.add(lane(id, "the label of " + id, l, usable));
                }
                for (int j = 0; j < placements.size(); j++) {
                    if (placements.get(j).boundsNm().intersects(l)) {
                        out.add(new ChipViolation(ChipRule.LABEL_ON_DEVICE, id, "the label '" + p.label().get().text()
                                + "' of " + id + " lies on device " + spec.devices().get(j).id(), l.centre().x / 1000,
                                l.centre().y / 1000));
                    }
                }
            }
            for (int j = i + 1; j < placements.size(); j++) {
                double gap = b.distance(placements.get(j).boundsNm());
                if (gap < die.clearanceUm() * 1000) {
                    String other = spec.devices().get(j).id();
                    out.add(new ChipViolation(ChipRule.DEVICE_CLEARANCE, id, String.format(java.util.Locale.ROOT,
                            "devices %s and %s are %s µm apart, less than chip.clearance_um %s", id, other, um(gap),
                            um(die.clearanceUm() * 1000)), p.xUm(), p.yUm()));
                }
            }
        }
        if (title.isPresent()) {
            Envelope t = boxes.get(title.get());
            if (!usable.covers(t)) {
                out.add(lane("", "the title", t, usable));
            }
            for (int j = 0; j < placements.size(); j++) {
                if (placements.get(j).boundsNm().intersects(t)) {
                    out.add(new ChipViolation(ChipRule.LABEL_ON_DEVICE, spec.devices().get(j).id(), "the title lies on "
                            + "device " + spec.devices().get(j).id(), t.centre().x / 1000, t.centre().y / 1000));
                }
            }
        }
        for (Annotations.Mark m : annotations.marks()) {
            Envelope me = m.polygonNm().getEnvelopeInternal();
            if (!usable.covers(me)) {
                out.add(lane("", "mark " + m.name(), me, usable));
            }
            for (int j = 0; j < placements.size(); j++) {
                if (placements.get(j).boundsNm().intersects(me)) {
                    out.add(new ChipViolation(ChipRule.MARK_OVERLAP, spec.devices().get(j).id(), "mark " + m.name()
                            + " lies on device " + spec.devices().get(j).id(), m.xNm() / 1000, m.yNm() / 1000));
                }
            }
            for (Annotations.Label l : annotations.labels()) {
                if (boxes.get(l).intersects(me)) {
                    out.add(new ChipViolation(ChipRule.MARK_OVERLAP, "", "mark " + m.name() + " lies on the label '"
                            + l.text() + "'", m.xNm() / 1000, m.yNm() / 1000));
                }
            }
        }
        return out;
    }

    private static ChipViolation lane(String id, String what, Envelope e, Envelope usable) {
        return new ChipViolation(ChipRule.IN_DICING_LANE, id, what + " reaches into the dicing lane or off the die "
                + "(it spans x " + um(e.getMinX()) + " to " + um(e.getMaxX()) + ", y " + um(e.getMinY()) + " to "
                + um(e.getMaxY()) + " µm; the lane begins at x " + um(usable.getMinX()) + ", " + um(usable.getMaxX())
                + ", y " + um(usable.getMinY()) + ", " + um(usable.getMaxY()) + ")", e.centre().x / 1000,
                e.centre().y / 1000);
    }

    /** nm as µm for a message: three decimals at most. */
    static String um(double nm) {
        return org.jjmask.design.spec.Mapping.fmt(Math.round(nm) / 1000.0);
    }
}
