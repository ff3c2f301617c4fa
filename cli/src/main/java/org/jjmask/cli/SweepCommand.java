package org.jjmask.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.jjmask.design.CellDesign;
import org.jjmask.design.Spec;
import org.jjmask.design.SpecReader;
import org.jjmask.design.Quantity;
import org.jjmask.design.Summary;
import org.jjmask.design.Sweep;
import org.jjmask.layout.LatticeType;
import org.jjmask.physics.Prediction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Predictions over a grid of lattices, one CSV row per grid point with the summary's keys and "
                + "the unit cell's design-rule verdict. Runs on every core; a progress bar on a terminal.")
final class SweepCommand implements Callable<Integer> {

    /** The CSV's geometry columns (CONTRACT.md's keys, lattice.type as written there), before the physics. */
    static final List<String> GEOMETRY = List.of("name", "lattice.type", "pitch_nm", "hole_diameter_nm",
            "neck_width_nm", "holes", "plaquette_area_nm2", "porosity");

    /** Every column: the geometry, the quantities a sweep reports ({@link Quantity#sweepColumns}), the verdict. */
    static final List<String> COLUMNS = columns();

    private static List<String> columns() {
        List<String> c = new ArrayList<>(GEOMETRY);
        for (Quantity q : Quantity.sweepColumns()) {
            if (q == Quantity.PERIOD) {
                c.add("phase");
            }
            c.add(q.key());
        }
        c.addAll(List.of("drc", "drc_clean"));
        return List.copyOf(c);
    }

    @Parameters(index = "0", paramLabel = "SPEC", description = "The design file (YAML) the grid starts from.")
    Path specFile;

    @Option(names = "--vary", required = true, paramLabel = "KEY=FROM:TO:STEPS",
            description = "An axis: pitch_nm or hole_diameter_nm from FROM to TO in STEPS points (inclusive), "
                    + "or lattice=TYPE,TYPE,... Repeat for a grid; the first axis is outermost.")
    List<String> vary;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv", description = "Write the CSV here (default: stdout).")
    Path csv;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--estimate-holes", description = "Estimate holes as the fill region's area over the plaquette "
            + "area instead of filling the device for the exact count (faster on large devices).")
    boolean estimateHoles;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar, no summary line.")
    boolean quiet;

    @Option(names = "--shard", paramLabel = "I/N", description = "Run only shard I of N (0-based; the grid points "
            + "whose index is I mod N) and write its part file to -o; 'jjmask merge' joins the parts into the CSV the "
            + "unsharded run writes.")
    String shard;

    @Option(names = "--json", description = "Print the rows as JSON on stdout ({\"rows\": [{column: value, ...}]}, "
            + "the CSV's columns and numbers) instead of the CSV.")
    boolean json;

    @picocli.CommandLine.Mixin
    ForceOption force;

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        Spec spec = TbktCache.resolve(SpecReader.read(specFile), command.commandLine().getErr(), quiet);
        List<Sweep.Axis> axes = new ArrayList<>();
        for (String v : vary) {
            axes.add(axis(v));
        }
        long n = 1;
        for (Sweep.Axis a : axes) {
            n *= a.values().size();
            if (n > 10_000_000) {
                throw new UserError("--vary: the grid has more than 10,000,000 points");
            }
        }
        if (threads < 1) {
            throw new UserError("--threads: " + threads + " is not a number of threads (1 or more)");
        }
        if (json && csv != null) {
            throw new UserError("--json prints on stdout; give it or -o FILE.csv, not both");
        }
        int[] sh = shard == null ? new int[] {0, 1} : McCommand.parseShard(shard);
        if (shard != null && (csv == null || json)) {
            throw new UserError("--shard needs -o PART (the part file to write) and no --json");
        }
        int[] points = Sweep.shardPoints((int) n, sh[0], sh[1]);
        WorkGuard.require(WorkGuard.sweep(spec, points.length, !estimateHoles, threads, json), force.force);
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        long t0 = System.nanoTime();
        long[] counts = new long[2];  // rows, clean rows
        try (Progress progress = Progress.of("sweep", points.length, quiet)) {
            IntConsumer step = done -> progress.tick();
            if (shard != null) {
                // a shard's part file: its share of the rows, each with its grid index, for `jjmask merge`
                List<Sweep.Row> rows = Sweep.run(spec, axes, threads, !estimateHoles, step, points);
                String text = SweepPart.text(SweepPart.runId(spec.sha256(), vary, estimateHoles), sh[0], sh[1], (int) n,
                        points, csv(rows));
                try (AtomicFiles files = new AtomicFiles()) {
                    files.stage(csv, f -> Files.writeString(f, text, StandardCharsets.UTF_8));
                    files.commit();
                }
                counts[0] = rows.size();
                counts[1] = rows.stream().filter(r -> r.cell().clean()).count();
            } else if (json) {
                // the JSON is one document: its rows are collected (as text, not as the points' objects)
                StringBuilder lines = new StringBuilder();
                Sweep.stream(spec, axes, threads, !estimateHoles, r -> lines.append(line(r)), step);
                progress.close();
                out.print(json(lines.toString()));
            } else if (csv == null) {
                out.print(header());
                Sweep.stream(spec, axes, threads, !estimateHoles, r -> out.print(line(r)), step);
            } else {
                // rows go to the staged file as they come; it is moved into place only when all are there
                try (AtomicFiles files = new AtomicFiles()) {
                    files.stage(csv, f -> {
                        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                            w.write(header());
                            Sweep.stream(spec, axes, threads, !estimateHoles, r -> {
                                try {
                                    w.write(line(r));
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                                counts[0]++;
                                counts[1] += r.cell().clean() ? 1 : 0;
                            }, step);
                        } catch (UncheckedIOException e) {
                            throw e.getCause();
                        }
                    });
                    files.commit();
                }
            }
        }
        out.flush();
        if (csv != null && !quiet) {
            out.printf("wrote %s: %s%,d points (%,d clean under the design rules) in %.2f s%n", csv,
                    shard == null ? "" : "shard " + sh[0] + "/" + sh[1] + ", ", counts[0], counts[1],
                    (System.nanoTime() - t0) / 1e9);
            out.flush();
        }
        err.flush();
        return ExitCodes.OK;
    }

    /** {@code KEY=FROM:TO:STEPS} or {@code lattice=A,B}. */
    static Sweep.Axis axis(String text) throws UserError {
        int eq = text.indexOf('=');
        String key = eq < 0 ? text : text.substring(0, eq);
        if (!Sweep.KEYS.contains(key)) {
            throw new UserError("--vary " + text + ": cannot vary '" + key + "' (" + String.join(", ", Sweep.KEYS) + ")");
        }
        if (eq < 0) {
            throw new UserError("--vary " + text + ": expected " + key + "=FROM:TO:STEPS");
        }
        String value = text.substring(eq + 1);
        if (key.equals("lattice")) {
            List<Object> types = new ArrayList<>();
            for (String t : value.split(",", -1)) {
                if (LatticeType.fromSpecName(t.strip()).isEmpty()) {
                    throw new UserError("--vary " + text + ": unknown lattice '" + t.strip()
                            + "' (triangular, square, honeycomb, kagome)");
                }
                types.add(LatticeType.fromSpecName(t.strip()).orElseThrow());
            }
            return new Sweep.Axis(key, types);
        }
        String[] parts = value.split(":", -1);
        if (parts.length != 3) {
            throw new UserError("--vary " + text + ": expected " + key + "=FROM:TO:STEPS, e.g. " + key + "=80:200:25");
        }
        double from;
        double to;
        int steps;
        try {
            from = Double.parseDouble(parts[0]);
            to = Double.parseDouble(parts[1]);
            steps = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            throw new UserError("--vary " + text + ": FROM and TO must be numbers and STEPS a whole number");
        }
        double min = key.equals("pitch_nm") ? 4 : 2;
        for (double v : new double[] {from, to}) {
            if (!Double.isFinite(v) || v < min || v > 100_000) {
                throw new UserError("--vary " + text + ": " + v + " is out of range [" + (int) min + ", 100000] nm");
            }
        }
        if (steps < 1) {
            throw new UserError("--vary " + text + ": STEPS must be 1 or more; got " + steps);
        }
        return new Sweep.Axis(key, Sweep.steps(from, to, steps));
    }

    /** The rows as JSON: one object per point, keyed by the CSV's columns, numbers as numbers. */
    static String json(List<Sweep.Row> rows) {
        StringBuilder b = new StringBuilder();
        rows.forEach(r -> b.append(line(r)));
        return json(b.toString());
    }

    /** The JSON of CSV rows (without the header), as {@link #json(List)}. */
    static String json(String csvRows) {
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = m.createObjectNode();
        com.fasterxml.jackson.databind.node.ArrayNode out = root.putArray("rows");
        for (String line : csvRows.lines().toList()) {
            String[] v = line.split(",", -1);
            com.fasterxml.jackson.databind.node.ObjectNode o = out.addObject();
            for (int i = 0; i < COLUMNS.size(); i++) {
                String c = COLUMNS.get(i);
                if (c.equals("drc_clean")) {
                    o.put(c, Boolean.parseBoolean(v[i]));
                } else if (c.equals("name") || c.equals("lattice.type") || c.equals("phase") || c.equals("drc")) {
                    o.put(c, v[i]);
                } else {
                    o.put(c, new BigDecimal(v[i]));
                }
            }
        }
        return Summary.toJson(root);
    }

    /** The whole CSV of {@code rows}: {@link #header} and a {@link #line} per row. */
    static String csv(List<Sweep.Row> rows) {
        StringBuilder b = new StringBuilder(rows.size() * 200);
        b.append(header());
        rows.forEach(r -> b.append(line(r)));
        return b.toString();
    }

    static String header() {
        return String.join(",", COLUMNS) + "\n";
    }

    /** One row's CSV line, with its newline. */
    static String line(Sweep.Row r) {
        Spec s = r.spec();
        CellDesign c = r.cell();
        List<String> v = new ArrayList<>();
        v.add(s.name());
        v.add(s.lattice().type().specName());
        v.add(num(s.lattice().pitchNm()));
        v.add(num(s.lattice().holeDiameterNm()));
        v.add(num(c.facts().neckWidthNm()));
        v.add(Long.toString(r.holes()));
        v.add(num(c.facts().plaquetteAreaNm2()));
        v.add(num(Math.min(c.facts().porosity(), 1)));
        // neighbouring holes touch: the film is cut apart, no junction to predict (0 and insulator)
        Optional<Prediction> p = c.prediction();
        for (Quantity q : Quantity.sweepColumns()) {
            if (q == Quantity.PERIOD) {
                v.add(p.map(x -> x.phase().jsonName()).orElse("insulator"));
            }
            v.add(p.map(x -> num(q.of(x))).orElse("0"));
        }
        v.add(String.join(";", c.rules()));
        v.add(Boolean.toString(c.clean()));
        return String.join(",", v) + "\n";
    }

    /** Six significant digits as in the JSON, plain notation, never NaN or infinite. */
    static String num(double x) {
        double v = Double.isFinite(x) ? Summary.sig(x) : 0.0;
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
