package org.jjmask.cli;

import org.jjmask.layout.drc.DesignRule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jjmask.design.DesignResult;
import org.jjmask.design.DesignRules;
import org.jjmask.design.Designer;
import org.jjmask.layout.drc.Violation;
import org.jjmask.design.Spec;
import org.jjmask.design.SpecReader;
import org.jjmask.gds.GdsFormatException;
import org.jjmask.gds.GdsLibrary;
import org.jjmask.gds.GdsReader;
import org.jjmask.layout.drc.DrcReport;
import org.jjmask.layout.drc.GdsRules;
import org.jjmask.layout.drc.LayoutRules;
import org.jjmask.layout.drc.NeckStatistics;
import org.jjmask.layout.drc.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the design rules of a spec (its layout is designed, nothing is written) or of any GDSII "
                + "file: neck between holes, hole width, overlapping holes, hole-to-outline distance, holes outside "
                + "the outline, vertices off the manufacturing grid; for a spec also its labels and alignment marks "
                + "(a mark needs a clear field, a label must stay off the hole array and off other labels). "
                + "Exit 0 clean, 3 on violations, 2 on bad input.",
            "A file is read as GDSII when it ends in .gds/.gds2/.gdsii or starts with a GDSII HEADER record; "
                + "otherwise as a spec. The options below apply to GDSII files; a spec brings its own limits "
                + "(fabrication.min_feature_nm, lattice.edge_margin_nm, fabrication.grid_nm, fabrication.edge_damage_nm, "
                + "fabrication.max_hole_nm, marks.clearance_um)."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPEC|FILE.gds", description = "A design spec (YAML) or a GDSII file.")
    Path file;

    @Option(names = "--holes", paramLabel = "L/D", description = "GDS layer/datatype of the holes (default: 1/0).")
    String holes;

    @Option(names = "--outline", paramLabel = "L/D", description = "GDS layer/datatype of the outline (default: 2/0).")
    String outline;

    @Option(names = "--min-feature", paramLabel = "NM",
            description = "Narrowest neck or hole the process resolves, nm (default: 20).")
    Double minFeature;

    @Option(names = "--margin", paramLabel = "NM",
            description = "Least distance from a hole to the outline, nm (default: the min feature).")
    Double margin;

    @Option(names = "--grid", paramLabel = "NM",
            description = "Manufacturing grid every vertex must sit on, nm (default: the file's database unit).")
    Double grid;

    @Option(names = "--spec", paramLabel = "SPEC",
            description = "For a GDSII file: take the limits from this design spec (fabrication.min_feature_nm, "
                    + "lattice.edge_margin_nm, fabrication.grid_nm, fabrication.edge_damage_nm, "
                    + "fabrication.max_hole_nm, and the lattice's pitch for which holes are neighbours), so the file "
                    + "gets the verdict the design got and its necks are counted as the design counts them; "
                    + "--min-feature, --margin and --grid still override.")
    Path limitsSpec;

    @Option(names = "--json", description = "Print JSON: every rule with its count and worst value, and the "
            + "violations (at most 1000 per rule; all are counted).")
    boolean json;

    @picocli.CommandLine.Mixin
    ForceOption force;

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
        }
        if (!Files.isReadable(file)) {
            throw new UserError(file + ": not readable");
        }
        long t0 = System.nanoTime();
        DrcReport report;
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("file", file.toString());
        String what;
        if (isGds(file)) {
            GdsLibrary lib;
            try {
                lib = GdsReader.read(file);
            } catch (IOException e) {
                throw new UserError(file + ": cannot read: " + e.getMessage());
            }
            GdsRules.Options options = options(lib.metresPerDbu() * 1e9);
            // counted through the arrays without expanding them: a 32767 × 32767 AREF is one multiplication
            org.jjmask.gds.Inspection inspection = org.jjmask.gds.GdsInspector.inspect(lib);
            long polygons = inspection.layers().stream().filter(c -> options.isHoleLayer(c.layer(), c.datatype()))
                    .mapToLong(org.jjmask.gds.LayerCount::polygons).sum();
            WorkGuard.require(WorkGuard.checkGds(file.getFileName().toString(), polygons), force.force);
            GdsRules.Result r;
            try (Progress progress = Progress.of("check", Math.max(1, polygons), json)) {
                progress.message("holes");
                GdsRules.Polygons flat = GdsRules.flattened(lib, options, inspection.topCells());
                long[] seen = new long[1];
                GdsRules.Polygons counted = new GdsRules.Polygons() {
                    @Override
                    public void outlines(java.util.function.Consumer<int[]> sink) throws GdsFormatException {
                        flat.outlines(sink);
                    }

                    @Override
                    public long holes(java.util.function.Consumer<int[]> sink) throws GdsFormatException {
                        long paths = flat.holes(xy -> {
                            sink.accept(xy);
                            if ((++seen[0] & 0xFFF) == 0) {
                                progress.stepTo(seen[0]);
                            }
                        });
                        progress.stepTo(seen[0]);
                        progress.message("necks");
                        return paths;
                    }
                };
                r = GdsRules.check(counted, lib.metresPerDbu() * 1e9, options, inspection.topCells());
            }
            report = r.report();
            o.put("kind", "gds");
            o.put("holes", r.holes());
            o.put("distinct_hole_shapes", r.distinctShapes());
            o.put("outline_polygons", r.outlinePolygons());
            o.put("dbu_nm", r.dbuNm());
            what = String.format(Locale.ROOT, "%,d holes (%d distinct shapes) on %s, %d outline polygons on %s, dbu %s nm",
                    r.holes(), r.distinctShapes(), layerName(holes, "1/0"), r.outlinePolygons(),
                    layerName(outline, "2/0"), num(r.dbuNm()));
        } else {
            if (holes != null || outline != null || minFeature != null || margin != null || grid != null
                    || limitsSpec != null) {
                throw new UserError("--holes, --outline, --min-feature, --margin, --grid and --spec apply to GDSII files; "
                        + "a spec sets its limits under fabrication: and lattice:");
            }
            Spec spec = SpecReader.read(file);
            WorkGuard.require(WorkGuard.design("check", spec), force.force);
            DesignResult result;
            try (Progress progress = Progress.of("check", Designer.STEPS.size() + 1, json)) {
                progress.message(Designer.STEPS.get(0));
                result = Designer.run(spec, done -> progress.step(DesignRun.next(done, "report")));
                report = DesignRules.report(spec, result.layout());
                progress.step("done");
            }
            Set<DesignRule> seen = new HashSet<>();
            report.rules().stream().filter(DrcReport.RuleSummary::violated).forEach(s -> seen.add(s.rule()));
            for (Violation v : result.drc()) {
                if (seen.add(v.rule())) {  // rules of the design pass beyond the layout's (no_holes)
                    report.add(new Violation(v.rule(), v.message(), v.xNm(), v.yNm(), v.measuredNm(), v.limitNm()));
                }
            }
            o.put("kind", "spec");
            o.put("name", spec.name());
            o.put("holes", result.holes());
            what = String.format(Locale.ROOT, "%,d holes of spec '%s' (designed, nothing written); min_feature_nm %s, "
                    + "edge_margin_nm %s, grid_nm %s", result.holes(), spec.name(),
                    num(spec.fabrication().minFeatureNm()), num(spec.lattice().edgeMarginNm()),
                    num(spec.fabrication().gridNm()))
                    + spec.marks().map(m -> ", marks.clearance_um " + num(m.clearanceUm())).orElse("");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.print(toJson(o, report));
        } else {
            printTable(out, what, report, seconds);
        }
        out.flush();
        return report.clean() ? ExitCodes.OK : ExitCodes.VIOLATION;
    }

    private GdsRules.Options options(double dbuNm) throws UserError, org.jjmask.design.spec.SpecException {
        int[] h = layer("--holes", holes, 1, 0);
        int[] l = layer("--outline", outline, 2, 0);
        if (limitsSpec != null) {
            // the design pass's own limits (DesignRules.limits: also the edge damage a neck must
            // survive, the widest hole and which holes are neighbours), so design, check SPEC and
            // check FILE.gds --spec agree
            Spec given = SpecReader.read(limitsSpec);
            LayoutRules.Limits lim = DesignRules.limits(given);
            lim = new LayoutRules.Limits(positive("--min-feature", minFeature, lim.minFeatureNm(), true),
                    positive("--margin", margin, lim.marginNm(), true), positive("--grid", grid, lim.gridNm(), false),
                    lim.edgeDamageNm(), lim.maxHoleNm(), lim.neighbourNm());
            GdsRules.Options o = GdsRules.Options.of(h[0], h[1], l[0], l[1], lim, DrcReport.DEFAULT_CAP);
            if (given.ebeam().classed() && holes == null) {
                // the spec's dose classes: every class datatype of the holes layer, or NPGS's layer per class
                return given.ebeam().vendor() == org.jjmask.exposure.vendor.Vendor.NPGS
                        ? o.withClassedHoles(Spec.EbeamSpec.NPGS_FIRST_LAYER,
                                Spec.EbeamSpec.NPGS_FIRST_LAYER + given.ebeam().doseClasses() - 1)
                        : o.withClassedHoles(h[0], h[0]);
            }
            return o;
        }
        double min = positive("--min-feature", minFeature, 20, true);
        double m = positive("--margin", margin, min, true);
        double g = positive("--grid", grid, dbuNm, false);
        return new GdsRules.Options(h[0], h[1], l[0], l[1], min, m, g, DrcReport.DEFAULT_CAP);
    }

    private static double positive(String name, Double v, double fallback, boolean zeroOk) throws UserError {
        if (v == null) {
            return fallback;
        }
        if (!Double.isFinite(v) || v < 0 || (!zeroOk && v == 0) || v > 1e6) {
            throw new UserError(name + ": " + v + " is out of range (" + (zeroOk ? "0" : "above 0") + " to 1e6 nm)");
        }
        return v;
    }

    static int[] layer(String name, String v, int layer, int datatype) throws UserError {
        if (v == null) {
            return new int[] {layer, datatype};
        }
        String[] p = v.trim().split("/");
        try {
            int l = Integer.parseInt(p[0].trim());
            int d = p.length > 1 ? Integer.parseInt(p[1].trim()) : 0;
            if (p.length > 2 || l < 0 || l > 32767 || d < 0 || d > 32767) {
                throw new NumberFormatException();
            }
            return new int[] {l, d};
        } catch (NumberFormatException e) {
            throw new UserError(name + ": '" + v + "' is not LAYER/DATATYPE (0-32767 each), e.g. 1/0");
        }
    }

    private static String layerName(String given, String fallback) {
        return given == null ? fallback : given.trim();
    }

    /** GDSII by name, or by its first record (HEADER: length 6, type 0x00 0x02). */
    static boolean isGds(Path f) throws IOException {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gds") || n.endsWith(".gds2") || n.endsWith(".gdsii")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(f)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && b[0] == 0 && b[1] == 6 && b[2] == 0 && b[3] == 2;
        }
    }

    private static void printTable(PrintWriter out, String what, DrcReport report, double seconds) {
        out.println("checked " + what);
        // as wide as the longest rule name, so the columns line up
        String ruleColumn = "%-" + report.rules().stream().mapToInt(r -> r.rule().specName().length()).reduce(13, Math::max) + "s";
        out.printf(ruleColumn + " %10s %12s %10s   %s%n", "rule", "count", "worst", "limit", "first at (µm)");
        for (DrcReport.RuleSummary r : report.rules()) {
            String worst = Double.isNaN(r.worstNm()) ? "—" : num1(r.worstNm()) + " nm";
            String limit = (r.rule() == DesignRule.MAX_HOLE ? "≤ " : r.rule().lowerLimit() ? "≥ " : "")
                    + num(r.limitNm()) + " nm";
            String first = r.first() == null ? "—" : String.format(Locale.ROOT, "(%.3f, %.3f)",
                    r.first().xNm() / 1000, r.first().yNm() / 1000);
            out.printf(ruleColumn + " %,10d %12s %10s   %s%n", r.rule(), r.count(), worst, limit, first);
        }
        NeckStatistics necks = report.necks();
        if (necks.present()) {
            out.printf(Locale.ROOT, "necks: %,d between neighbouring holes, narrowest %s nm, mean %s nm, σ %s nm%n",
                    necks.count(), num1(necks.minNm()), num1(necks.meanNm()), num1(necks.stdNm()));
        }
        for (String n : report.notes()) {
            out.println("note: " + n);
        }
        out.printf(Locale.ROOT, "%s (%.2f s)%n", report.clean() ? "clean: no violations"
                : String.format(Locale.ROOT, "%,d violations", report.total()), seconds);
    }

    static String toJson(ObjectNode o, DrcReport report) throws IOException {
        o.put("clean", report.clean());
        o.put("violations", report.total());
        ArrayNode rules = o.putArray("rules");
        for (DrcReport.RuleSummary r : report.rules()) {
            ObjectNode n = rules.addObject();
            n.put("rule", r.rule().specName());
            n.put("count", r.count());
            if (Double.isNaN(r.worstNm())) {
                n.putNull("worst_nm");
            } else {
                n.put("worst_nm", r.worstNm());
                n.put("worst_x_nm", r.worstXNm());
                n.put("worst_y_nm", r.worstYNm());
            }
            n.put("limit_nm", r.limitNm());
            if (r.first() != null) {
                n.putArray("first_nm").add(r.first().xNm()).add(r.first().yNm());
            }
        }
        NeckStatistics necks = report.necks();
        if (necks.present()) {
            o.putObject("necks").put("count", necks.count()).put("min_nm", necks.minNm()).put("mean_nm", necks.meanNm())
                    .put("std_nm", necks.stdNm());
        }
        ArrayNode drc = o.putArray("drc");
        for (Violation v : report.violations()) {
            drc.addObject().put("rule", v.rule().specName()).put("message", v.message()).put("x_nm", v.xNm()).put("y_nm", v.yNm())
                    .put("measured_nm", v.measuredNm()).put("limit_nm", v.limitNm());
        }
        ArrayNode notes = o.putArray("notes");
        report.notes().forEach(notes::add);
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }

    private static String num1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static List<String> ruleNames(DrcReport r) {
        return r.rules().stream().map(s -> s.rule().specName()).toList();
    }
}
