package org.jjmask.gds;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Streaming GDSII writer: every element goes to the stream as it is produced, so memory stays
 * constant however many elements a cell holds; only cell names and the reference graph between
 * them are remembered, to refuse a library that references a cell it never defines.
 *
 * <p>Call order: {@link #beginLibrary}, then any number of {@link #beginCell} ... elements ...
 * {@link #endCell}, then {@link #endLibrary}. Out-of-order calls throw
 * {@link IllegalStateException}; invalid values throw {@link IllegalArgumentException} before
 * anything of the element is written.
 *
 * <p>What it never writes: BOX (two of the three reference readers mishandle it), AREFs with more
 * than 32767 columns or rows (split into several), XY records above {@code maxVertices}
 * (polygons are fractured, paths split), and, unless allowed, skewed arrays.
 */
public final class GdsWriter implements Closeable {

    /** COLROW values are int16 in the spec; several readers go negative above this. */
    public static final int MAX_ARRAY_DIMENSION = 32767;
    public static final int MAX_LAYER = 32767;
    public static final int MAX_TEXT_LENGTH = 512;
    private static final int MAX_LIBRARY_NAME = 1024;

    private enum State { NEW, LIBRARY, CELL, ENDED, CLOSED }

    private final RecordWriter records;
    private final GdsWriterOptions options;
    private State state = State.NEW;
    private LocalDateTime timestamp;
    private String currentCell = "";
    private final Set<String> defined = new HashSet<>();
    /** Referenced cell -> first cell that referenced it, for the message at endLibrary. */
    private final Map<String, String> referencedBy = new LinkedHashMap<>();
    /** Edges of the reference graph, parent -> children, for the cycle check. */
    private final Map<String, Set<String>> children = new HashMap<>();

    private GdsWriter(OutputStream out, GdsWriterOptions options) {
        this.records = new RecordWriter(out);
        this.options = options;
    }

    public static GdsWriter open(OutputStream out, GdsWriterOptions options) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        return new GdsWriter(out, options);
    }

    public static GdsWriter open(OutputStream out) throws IOException {
        return open(out, GdsWriterOptions.defaults());
    }

    public GdsWriterOptions options() {
        return options;
    }

    /**
     * Writes HEADER (version 600), BGNLIB, LIBNAME and UNITS.
     *
     * @param userUnitsPerDbu database unit in user units, e.g. 1e-3 for a 1 nm grid with µm user units
     * @param metresPerDbu database unit in metres, e.g. 1e-9
     * @param timestamp written as modification and access time of the library and of every cell;
     *     see {@link GdsTimestamps}
     */
    public void beginLibrary(String libName, double userUnitsPerDbu, double metresPerDbu, LocalDateTime timestamp)
            throws IOException {
        expect(State.NEW, "beginLibrary");
        Objects.requireNonNull(timestamp, "timestamp");
        checkAscii("library name", libName, MAX_LIBRARY_NAME);
        if (libName.isEmpty()) {
            throw new IllegalArgumentException("library name is empty");
        }
        checkUnit("userUnitsPerDbu", userUnitsPerDbu);
        checkUnit("metresPerDbu", metresPerDbu);
        if (timestamp.getYear() < 1900 || timestamp.getYear() > Short.MAX_VALUE) {
            // readers add 1900 to years below 1900
            throw new IllegalArgumentException("timestamp year must be 1900..32767, got " + timestamp.getYear());
        }
        this.timestamp = timestamp;
        records.int16(RecordType.HEADER, 600);
        records.int16s(RecordType.BGNLIB, times());
        records.string(RecordType.LIBNAME, libName);
        records.real8s(RecordType.UNITS, userUnitsPerDbu, metresPerDbu);
        state = State.LIBRARY;
    }

    /** BGNSTR and STRNAME. The name must be 1..32 of A-Z a-z 0-9 _ ? $ and not yet defined. */
    public void beginCell(String name) throws IOException {
        expect(State.LIBRARY, "beginCell");
        CellNames.check(name);
        if (defined.contains(name)) {
            throw new IllegalArgumentException("cell '" + name + "' is already defined");
        }
        records.int16s(RecordType.BGNSTR, times());
        records.string(RecordType.STRNAME, name);
        defined.add(name);
        currentCell = name;
        state = State.CELL;
    }

    /**
     * A polygon. {@code xy} = x0,y0,x1,y1,... in database units; the ring is closed if it is not.
     * More than {@code options().maxVertices()} distinct vertices are split along inner diagonals
     * into several BOUNDARYs that tile it exactly (no new vertices). Self-intersecting input that
     * needs splitting is refused with {@link IllegalArgumentException}.
     */
    public void boundary(int layer, int datatype, int[] xy) throws IOException {
        expect(State.CELL, "boundary");
        checkLayer(layer, datatype);
        Objects.requireNonNull(xy, "xy");
        if ((xy.length & 1) != 0) {
            throw new IllegalArgumentException("boundary xy has odd length " + xy.length);
        }
        int points = xy.length / 2;
        boolean closed = points >= 2 && xy[0] == xy[xy.length - 2] && xy[1] == xy[xy.length - 1];
        int distinct = closed ? points - 1 : points;
        if (distinct < 3) {
            throw new IllegalArgumentException("boundary needs at least 3 vertices, got " + distinct);
        }
        if (distinct <= options.maxVertices()) {
            writeBoundary(layer, datatype, xy, distinct);
            return;
        }
        int[] ring = closed ? Arrays.copyOf(xy, xy.length - 2) : xy;
        for (int[] piece : PolygonFracture.fracture(ring, options.maxVertices())) {
            writeBoundary(layer, datatype, piece, piece.length / 2);
        }
    }

    private void writeBoundary(int layer, int datatype, int[] xy, int distinct) throws IOException {
        records.noData(RecordType.BOUNDARY);
        records.int16(RecordType.LAYER, layer);
        records.int16(RecordType.DATATYPE, datatype);
        records.xy(xy, 0, distinct, true);
        records.noData(RecordType.ENDEL);
    }

    /**
     * A path of type 0 (flush), 1 (round) or 2 (half-width extension). Paths longer than
     * {@code maxVertices + 1} points are split into pieces that overlap by one segment, so every
     * joint is drawn whole in one piece; the inner piece ends become flush (type 4 with zero
     * extension where the original extends). Round paths that long are refused.
     */
    public void path(int layer, int datatype, int pathType, int width, int[] xy) throws IOException {
        if (pathType != 0 && pathType != 1 && pathType != 2) {
            throw new IllegalArgumentException("path type must be 0, 1 or 2 here (use the overload with extensions for 4), got " + pathType);
        }
        writePath(layer, datatype, pathType, width, 0, 0, xy);
    }

    /** A path of type 4: custom extensions beyond the first and last point. */
    public void path(int layer, int datatype, int width, int beginExtension, int endExtension, int[] xy) throws IOException {
        writePath(layer, datatype, 4, width, beginExtension, endExtension, xy);
    }

    private void writePath(int layer, int datatype, int pathType, int width, int bgnExt, int endExt, int[] xy)
            throws IOException {
        expect(State.CELL, "path");
        checkLayer(layer, datatype);
        Objects.requireNonNull(xy, "xy");
        if (width < 0) {
            throw new IllegalArgumentException("path width must be >= 0, got " + width);
        }
        if ((xy.length & 1) != 0) {
            throw new IllegalArgumentException("path xy has odd length " + xy.length);
        }
        int points = xy.length / 2;
        if (points < 2) {
            throw new IllegalArgumentException("path needs at least 2 points, got " + points);
        }
        int maxPoints = options.maxVertices() + 1;
        if (points <= maxPoints) {
            writePathRecord(layer, datatype, pathType, width, bgnExt, endExt, xy, 0, points);
            return;
        }
        if (pathType == 1) {
            throw new IllegalArgumentException("round path of " + points + " points exceeds " + maxPoints
                + " points; splitting it would leave round ends inside it");
        }
        int halfWidth = width / 2;
        int fullBgn = pathType == 2 ? halfWidth : bgnExt;
        int fullEnd = pathType == 2 ? halfWidth : endExt;
        int start = 0;
        while (true) {
            int end = Math.min(points - 1, start + maxPoints - 1);
            int b = start == 0 ? fullBgn : 0;
            int e = end == points - 1 ? fullEnd : 0;
            int type = (b == 0 && e == 0) ? 0 : 4;
            writePathRecord(layer, datatype, type, width, b, e, xy, start, end - start + 1);
            if (end == points - 1) {
                break;
            }
            start = end - 1;
        }
    }

    private void writePathRecord(int layer, int datatype, int pathType, int width, int bgnExt, int endExt,
                                 int[] xy, int first, int count) throws IOException {
        records.noData(RecordType.PATH);
        records.int16(RecordType.LAYER, layer);
        records.int16(RecordType.DATATYPE, datatype);
        if (pathType != 0) {
            records.int16(RecordType.PATHTYPE, pathType);
        }
        records.int32(RecordType.WIDTH, width);
        if (pathType == 4) {
            records.int32(RecordType.BGNEXTN, bgnExt);
            records.int32(RecordType.ENDEXTN, endExt);
        }
        records.xy(xy, first, count, false);
        records.noData(RecordType.ENDEL);
    }

    public void sref(String cellName, int x, int y) throws IOException {
        sref(cellName, x, y, Strans.IDENTITY);
    }

    public void sref(String cellName, int x, int y, Strans strans) throws IOException {
        expect(State.CELL, "sref");
        checkReference(cellName, strans);
        records.noData(RecordType.SREF);
        records.string(RecordType.SNAME, cellName);
        writeStrans(strans);
        records.xy(new int[] {x, y}, 0, 1, false);
        records.noData(RecordType.ENDEL);
        noteReference(cellName);
    }

    public void aref(String cellName, int columns, int rows, int originX, int originY,
                     int colStepX, int colStepY, int rowStepX, int rowStepY) throws IOException {
        aref(cellName, columns, rows, originX, originY, colStepX, colStepY, rowStepX, rowStepY, Strans.IDENTITY);
    }

    /**
     * A columns x rows array; instance (c, r) sits at origin + c*colStep + r*rowStep. Written as
     * P1 = origin, P2 = origin + columns*colStep, P3 = origin + rows*rowStep. Dimensions above
     * 32767 are split into several AREFs. Unless {@code options().allowSkewedArrays()}, the
     * column step must lie along x and the row step along y (gdspy 1.4.2 misreads anything else).
     */
    public void aref(String cellName, int columns, int rows, int originX, int originY,
                     int colStepX, int colStepY, int rowStepX, int rowStepY, Strans strans) throws IOException {
        expect(State.CELL, "aref");
        checkReference(cellName, strans);
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("array needs at least 1 column and 1 row, got " + columns + " x " + rows);
        }
        boolean skewed = (columns > 1 && colStepY != 0) || (rows > 1 && rowStepX != 0);
        if (skewed && !options.allowSkewedArrays()) {
            throw new IllegalArgumentException("skewed array (column step " + colStepX + "," + colStepY + ", row step "
                + rowStepX + "," + rowStepY + "): column step must be along x and row step along y, "
                + "or enable allowSkewedArrays; a triangular lattice is two interleaved rectangular arrays");
        }
        // every corner point written must fit int32
        checkCoordinate((long) originX + (long) columns * colStepX + (long) rows * rowStepX, "array extent x");
        checkCoordinate((long) originY + (long) columns * colStepY + (long) rows * rowStepY, "array extent y");
        for (int c0 = 0; c0 < columns; c0 += MAX_ARRAY_DIMENSION) {
            int cols = Math.min(MAX_ARRAY_DIMENSION, columns - c0);
            for (int r0 = 0; r0 < rows; r0 += MAX_ARRAY_DIMENSION) {
                int rs = Math.min(MAX_ARRAY_DIMENSION, rows - r0);
                long ox = originX + (long) c0 * colStepX + (long) r0 * rowStepX;
                long oy = originY + (long) c0 * colStepY + (long) r0 * rowStepY;
                int[] xy = {
                    checkCoordinate(ox, "array origin x"), checkCoordinate(oy, "array origin y"),
                    checkCoordinate(ox + (long) cols * colStepX, "array column corner x"),
                    checkCoordinate(oy + (long) cols * colStepY, "array column corner y"),
                    checkCoordinate(ox + (long) rs * rowStepX, "array row corner x"),
                    checkCoordinate(oy + (long) rs * rowStepY, "array row corner y"),
                };
                records.noData(RecordType.AREF);
                records.string(RecordType.SNAME, cellName);
                writeStrans(strans);
                records.int16s(RecordType.COLROW, cols, rs);
                records.xy(xy, 0, 3, false);
                records.noData(RecordType.ENDEL);
            }
        }
        noteReference(cellName);
    }

    /** A TEXT annotation (not exposed by e-beam writers): ASCII, at most 512 characters. */
    public void text(int layer, int texttype, int x, int y, String string) throws IOException {
        expect(State.CELL, "text");
        checkLayer(layer, texttype);
        checkAscii("text", string, MAX_TEXT_LENGTH);
        records.noData(RecordType.TEXT);
        records.int16(RecordType.LAYER, layer);
        records.int16(RecordType.TEXTTYPE, texttype);
        records.xy(new int[] {x, y}, 0, 1, false);
        records.string(RecordType.STRING, string);
        records.noData(RecordType.ENDEL);
    }

    public void endCell() throws IOException {
        expect(State.CELL, "endCell");
        records.noData(RecordType.ENDSTR);
        currentCell = "";
        state = State.LIBRARY;
    }

    /**
     * ENDLIB, then flushes. Refuses (IllegalStateException, nothing written) when a referenced cell
     * was never defined or the references form a cycle.
     */
    public void endLibrary() throws IOException {
        expect(State.LIBRARY, "endLibrary");
        Set<String> missing = new TreeSet<>();
        for (String name : referencedBy.keySet()) {
            if (!defined.contains(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            StringBuilder b = new StringBuilder("referenced cells never defined:");
            for (String m : missing) {
                b.append(' ').append(m).append(" (from ").append(referencedBy.get(m)).append(')');
            }
            throw new IllegalStateException(b.toString());
        }
        List<String> cycle = findCycle();
        if (!cycle.isEmpty()) {
            throw new IllegalStateException("cell references form a cycle: " + String.join(" -> ", cycle));
        }
        records.noData(RecordType.ENDLIB);
        records.flush();
        state = State.ENDED;
    }

    public long bytesWritten() {
        return records.bytesWritten();
    }

    /** Flushes and closes the stream. Without {@link #endLibrary} the stream holds an unfinished library. */
    @Override
    public void close() throws IOException {
        if (state != State.CLOSED) {
            state = State.CLOSED;
            records.close();
        }
    }

    // ---- helpers

    private int[] times() {
        LocalDateTime t = timestamp;
        int[] one = {t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond()};
        int[] both = new int[12];
        System.arraycopy(one, 0, both, 0, 6);
        System.arraycopy(one, 0, both, 6, 6);
        return both;
    }

    private void expect(State wanted, String call) {
        if (state != wanted) {
            throw new IllegalStateException(call + "() called " + describe(state) + "; it belongs " + describe(wanted));
        }
    }

    private static String describe(State s) {
        return switch (s) {
            case NEW -> "before beginLibrary";
            case LIBRARY -> "between cells";
            case CELL -> "inside a cell";
            case ENDED -> "after endLibrary";
            case CLOSED -> "after close";
        };
    }

    private void checkReference(String cellName, Strans strans) {
        CellNames.check(cellName);
        Objects.requireNonNull(strans, "strans");
        if (cellName.equals(currentCell)) {
            throw new IllegalArgumentException("cell '" + cellName + "' cannot reference itself");
        }
        if (!(strans.magnification() > 0)) {
            throw new IllegalArgumentException("magnification must be > 0, got " + strans.magnification());
        }
        // fail before the element's first record, not halfway through it
        Real8.encode(strans.magnification());
        Real8.encode(strans.angleDeg());
    }

    private void noteReference(String cellName) {
        referencedBy.putIfAbsent(cellName, currentCell);
        children.computeIfAbsent(currentCell, k -> new LinkedHashSet<>()).add(cellName);
    }

    private void writeStrans(Strans strans) throws IOException {
        if (strans.isIdentity()) {
            return;
        }
        records.int16(RecordType.STRANS, strans.flagBits());
        if (strans.magnification() != 1.0) {
            records.real8s(RecordType.MAG, strans.magnification());
        }
        if (strans.angleDeg() != 0.0) {
            records.real8s(RecordType.ANGLE, strans.angleDeg());
        }
    }

    /** Iterative DFS over the reference graph; empty when acyclic, else the cells around one cycle. */
    private List<String> findCycle() {
        Map<String, Integer> color = new HashMap<>(); // absent white, 1 grey, 2 black
        for (String root : children.keySet()) {
            if (color.containsKey(root)) {
                continue;
            }
            Deque<String> stack = new ArrayDeque<>();
            Deque<Iterator<String>> its = new ArrayDeque<>();
            stack.push(root);
            its.push(children.getOrDefault(root, Set.of()).iterator());
            color.put(root, 1);
            while (!stack.isEmpty()) {
                Iterator<String> it = its.peek();
                if (it.hasNext()) {
                    String child = it.next();
                    Integer c = color.get(child);
                    if (c == null) {
                        color.put(child, 1);
                        stack.push(child);
                        its.push(children.getOrDefault(child, Set.of()).iterator());
                    } else if (c == 1) {
                        List<String> path = new ArrayList<>(stack);
                        Collections.reverse(path);
                        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(child), path.size()));
                        cycle.add(child);
                        return cycle;
                    }
                } else {
                    color.put(stack.pop(), 2);
                    its.pop();
                }
            }
        }
        return List.of();
    }

    private static void checkLayer(int layer, int type) {
        if (layer < 0 || layer > MAX_LAYER || type < 0 || type > MAX_LAYER) {
            throw new IllegalArgumentException("layer and data/text type must be 0.." + MAX_LAYER + ", got " + layer + "/" + type);
        }
    }

    private static void checkUnit(String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a positive finite number, got " + v);
        }
    }

    private static void checkAscii(String what, String s, int maxLength) {
        Objects.requireNonNull(s, what);
        if (s.length() > maxLength) {
            throw new IllegalArgumentException(what + " longer than " + maxLength + " characters");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0 || c > 127) {
                throw new IllegalArgumentException(what + " '" + s + "' must be ASCII without NUL; position " + i);
            }
        }
    }

    private static int checkCoordinate(long v, String what) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " " + v + " does not fit a 32-bit coordinate");
        }
        return (int) v;
    }
}
