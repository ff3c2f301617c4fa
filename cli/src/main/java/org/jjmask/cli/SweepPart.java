package org.jjmask.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jjmask.design.Sweep;

/**
 * The part file of {@code sweep --shard I/N}: a few {@code #} header lines naming the run (the
 * spec's bytes, the axes and options, hashed) and the grid size, the CSV header, then each of the
 * shard's rows prefixed with its grid index. {@code merge} puts the rows back in grid order under
 * the header, which is what the unsharded {@code sweep -o FILE.csv} writes, since a row's text does
 * not depend on the other rows.
 */
final class SweepPart {
    static final String FORMAT = "# jjmask-sweep-part/1";

    private SweepPart() {
    }

    /** What every shard of one run shares: the spec file's hash, the axes and the hole-count mode. */
    static String runId(String specSha256, List<String> vary, boolean estimateHoles) {
        String text = specSha256 + "\n" + String.join("\n", vary) + "\n" + (estimateHoles ? "estimate" : "exact");
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The part file of shard {@code shard}/{@code shards}: its rows' CSV ({@link SweepCommand#csv}) with indices. */
    static String text(String runId, int shard, int shards, int points, int[] indices, String csv) {
        List<String> lines = csv.lines().toList();
        StringBuilder b = new StringBuilder(csv.length() + 16 * indices.length + 200);
        b.append(FORMAT).append('\n');
        b.append("# run: ").append(runId).append('\n');
        b.append("# shard: ").append(shard).append('/').append(shards).append('\n');
        b.append("# points: ").append(points).append('\n');
        b.append("point,").append(lines.get(0)).append('\n');
        for (int k = 0; k < indices.length; k++) {
            b.append(indices[k]).append(',').append(lines.get(k + 1)).append('\n');
        }
        return b.toString();
    }

    static boolean isPart(String text) {
        return text.startsWith(FORMAT + "\n");
    }

    /**
     * The parts of one run joined: the CSV header and every row in grid order.
     *
     * @param names the files' names, for the messages
     * @throws UserError when the parts come from different runs, a point is missing or repeated
     */
    static String join(List<String> names, List<String> texts) throws UserError {
        String run = null;
        String header = null;
        int points = -1;
        String[] rows = null;
        for (int p = 0; p < texts.size(); p++) {
            String name = names.get(p);
            List<String> lines = texts.get(p).lines().toList();
            if (lines.size() < 5 || !isPart(texts.get(p))) {
                throw new UserError(name + ": not a sweep part file (its first line is not '" + FORMAT + "')");
            }
            String r = value(name, lines.get(1), "# run: ");
            int n = number(name, 3, value(name, lines.get(3), "# points: "));
            String h = lines.get(4);
            if (!h.startsWith("point,")) {
                throw new UserError(name + ": line 5: expected the CSV header starting with 'point,'");
            }
            if (run == null) {
                run = r;
                points = n;
                header = h.substring("point,".length());
                rows = new String[n];
            } else if (!run.equals(r) || points != n || !header.equals(h.substring("point,".length()))) {
                throw new UserError(name + ": from another sweep than " + names.get(0)
                        + " (spec, --vary or --estimate-holes differ)");
            }
            for (int k = 5; k < lines.size(); k++) {
                String line = lines.get(k);
                int comma = line.indexOf(',');
                int i = comma < 0 ? -1 : number(name, k + 1, line.substring(0, comma));
                if (i < 0 || i >= points) {
                    throw new UserError(name + ": line " + (k + 1) + ": point index outside the grid of " + points);
                }
                if (rows[i] != null) {
                    throw new UserError(name + ": line " + (k + 1) + ": point " + i + " appears twice across the parts");
                }
                rows[i] = line.substring(comma + 1);
            }
        }
        int missing = 0;
        int first = -1;
        for (int i = 0; i < points; i++) {
            if (rows[i] == null) {
                missing++;
                first = first < 0 ? i : first;
            }
        }
        if (missing > 0) {
            throw new UserError(missing + " of " + points + " grid points are missing (the first is point " + first
                    + "): a shard's part file is absent");
        }
        StringBuilder b = new StringBuilder();
        b.append(header).append('\n');
        for (String r : rows) {
            b.append(r).append('\n');
        }
        return b.toString();
    }

    private static String value(String name, String line, String prefix) throws UserError {
        if (!line.startsWith(prefix)) {
            throw new UserError(name + ": expected a header line '" + prefix.strip() + " ...', found '" + line + "'");
        }
        return line.substring(prefix.length()).strip();
    }

    private static int number(String name, int line, String text) throws UserError {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UserError(name + ": line " + line + ": '" + text + "' is not a point index");
        }
    }

    /** The points of a shard (see {@link Sweep#shardPoints}). */
    static int[] points(int total, int shard, int shards) {
        return Sweep.shardPoints(total, shard, shards);
    }
}
