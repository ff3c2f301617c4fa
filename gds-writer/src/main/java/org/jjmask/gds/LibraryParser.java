package org.jjmask.gds;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grammar of a GDSII stream on top of {@link RecordReader}: library header, cells, elements.
 * One parser per file; it is not reusable.
 */
final class LibraryParser {

    /** Where a reference was first seen, for errors found only at the end of the file. */
    private record Location(long offset, int record, String cell) {
    }

    private final RecordReader in;
    private final Map<String, Integer> tallies = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Location> firstReference = new HashMap<>();
    private final Map<String, Location> edgeLocation = new HashMap<>();

    LibraryParser(RecordReader in) {
        this.in = in;
    }

    GdsLibrary parse() throws GdsFormatException {
        byte[] start = in.peekStart(4);
        if (start.length == 0) {
            throw new GdsFormatException("empty file: not a GDSII stream", 0, 1, "");
        }
        if (start.length < 4 || start[2] != 0x00 || start[3] != 0x02) {
            throw new GdsFormatException("not a GDSII stream: it does not start with a HEADER record (.. .. 00 02)", 0, 1, "");
        }
        next("HEADER");
        in.int16(0); // the version itself does not change how the rest reads; its bytes must be there
        expect(RecordType.BGNLIB, next("BGNLIB"), "BGNLIB");
        LocalDateTime modified = timestamp();

        String name = "";
        double userUnits = 0;
        double metres = 0;
        boolean haveUnits = false;
        int id;
        while (true) {
            id = next("library records, BGNSTR or ENDLIB");
            if (id == RecordType.BGNSTR || id == RecordType.ENDLIB) {
                break;
            }
            switch (id) {
                case RecordType.LIBNAME -> name = in.string();
                case RecordType.UNITS -> {
                    userUnits = in.real8(0);
                    metres = in.real8(1);
                    // real8 has no NaN or infinity, so positivity is the whole check
                    if (!(userUnits > 0) || !(metres > 0)) {
                        throw in.error("database unit must be positive: UNITS says " + userUnits
                            + " user units and " + metres + " m per database unit");
                    }
                    haveUnits = true;
                }
                case RecordType.REFLIBS, RecordType.FONTS, RecordType.ATTRTABLE, RecordType.GENERATIONS,
                     RecordType.FORMAT, RecordType.MASK, RecordType.ENDMASKS, RecordType.LIBDIRSIZE,
                     RecordType.SRFNAME, RecordType.LIBSECUR, RecordType.STYPTABLE, RecordType.TAPENUM,
                     RecordType.TAPECODE, RecordType.PROPATTR, RecordType.PROPVALUE -> tally("skipped " + RecordType.describe(id) + " record");
                default -> {
                    if (!skipVendorRecord()) {
                        throw unexpected(id, "in the library header");
                    }
                }
            }
        }
        if (!haveUnits) {
            throw in.error("UNITS record missing: no database unit before the first cell");
        }

        List<GdsCell> cells = new ArrayList<>();
        Set<String> names = new HashSet<>();
        while (id == RecordType.BGNSTR) {
            expect(RecordType.STRNAME, next("STRNAME"), "STRNAME");
            String cellName = in.string();
            if (cellName.isEmpty()) {
                throw in.error("empty cell name");
            }
            if (!names.add(cellName)) {
                throw in.error("cell '" + cellName + "' is defined twice");
            }
            in.cell(cellName);
            cells.add(new GdsCell(cellName, elements()));
            in.cell("");
            id = next("BGNSTR or ENDLIB");
        }
        if (id != RecordType.ENDLIB) {
            throw unexpected(id, "where BGNSTR or ENDLIB belongs");
        }
        long[] trailing = in.trailing();
        if (trailing[0] > 0 && trailing[1] == 0) {
            note(trailing[0] + " byte(s) after ENDLIB ignored");
        }
        checkReferences(cells);

        List<String> all = new ArrayList<>();
        tallies.forEach((what, count) -> all.add(what + " (" + count + "x)"));
        all.addAll(notes);
        return new GdsLibrary(name, userUnits, metres, cells, all, modified);
    }

    // ---- cells and elements

    private List<GdsElement> elements() throws GdsFormatException {
        List<GdsElement> out = new ArrayList<>();
        while (true) {
            int id = next("an element or ENDSTR");
            switch (id) {
                case RecordType.ENDSTR -> {
                    return out;
                }
                case RecordType.BOUNDARY -> out.add(boundary());
                case RecordType.PATH -> out.add(path());
                case RecordType.SREF -> out.add(sref());
                case RecordType.AREF -> out.add(aref());
                case RecordType.TEXT -> out.add(text());
                case RecordType.BOX -> out.add(box());
                case RecordType.NODE, RecordType.TEXTNODE -> skipElement(RecordType.describe(id) + " element");
                case RecordType.STRCLASS, RecordType.PROPATTR, RecordType.PROPVALUE ->
                    tally("skipped " + RecordType.describe(id) + " record in a cell");
                default -> {
                    int type = in.typeByte();
                    if (type == RecordType.RAITH_CURVED || type == RecordType.RAITH_FBMS_PATH
                        || type == RecordType.RAITH_MBMS_PATH) {
                        skipElement("Raith " + RecordType.describe(id) + " element");
                    } else if (!skipVendorRecord()) {
                        throw unexpected(id, "inside a cell");
                    }
                }
            }
        }
    }

    private Boundary boundary() throws GdsFormatException {
        int layer = layerAfterFlags("BOUNDARY");
        expect(RecordType.DATATYPE, next("DATATYPE"), "DATATYPE");
        int datatype = in.uint16(0);
        expect(RecordType.XY, next("XY"), "XY");
        int[] xy = in.xy();
        if (xy.length / 2 < 4) {
            throw in.error("BOUNDARY has " + xy.length / 2 + " point(s); at least 4 (closed) are required");
        }
        if (xy[0] != xy[xy.length - 2] || xy[1] != xy[xy.length - 1]) {
            tally("BOUNDARY not closed (read as if closed)");
        }
        return new Boundary(layer, datatype, xy, properties());
    }

    private Box box() throws GdsFormatException {
        int layer = layerAfterFlags("BOX");
        expect(RecordType.BOXTYPE, next("BOXTYPE"), "BOXTYPE");
        int boxtype = in.uint16(0);
        expect(RecordType.XY, next("XY"), "XY");
        int[] xy = in.xy();
        if (xy.length / 2 != 5) {
            throw in.error("BOX has " + xy.length / 2 + " point(s); exactly 5 are required");
        }
        return new Box(layer, boxtype, xy, properties());
    }

    private Path path() throws GdsFormatException {
        int layer = layerAfterFlags("PATH");
        expect(RecordType.DATATYPE, next("DATATYPE"), "DATATYPE");
        int datatype = in.uint16(0);
        int pathType = 0;
        int width = 0;
        int bgn = 0;
        int end = 0;
        while (true) {
            int id = next("PATHTYPE, WIDTH, BGNEXTN, ENDEXTN or XY");
            if (id == RecordType.XY) {
                break;
            }
            switch (id) {
                case RecordType.PATHTYPE -> pathType = in.int16(0);
                case RecordType.WIDTH -> width = in.int32(0);
                case RecordType.BGNEXTN -> bgn = in.int32(0);
                case RecordType.ENDEXTN -> end = in.int32(0);
                default -> throw unexpected(id, "in a PATH, where XY belongs");
            }
        }
        if (pathType != 0 && pathType != 1 && pathType != 2 && pathType != 4) {
            tally("PATH with unsupported PATHTYPE (bounded as flush)");
        }
        int[] xy = in.xy();
        if (xy.length / 2 < 2) {
            throw in.error("PATH has " + xy.length / 2 + " point(s); at least 2 are required");
        }
        return new Path(layer, datatype, pathType, width, bgn, end, xy, properties());
    }

    private SRef sref() throws GdsFormatException {
        String target = referenceName("SREF");
        Strans[] strans = {Strans.IDENTITY};
        int id = strans(strans);
        expect(RecordType.XY, id, "XY");
        int[] xy = in.xy();
        if (xy.length != 2) {
            throw in.error("SREF XY has " + xy.length / 2 + " points; exactly 1 is required");
        }
        return new SRef(target, xy[0], xy[1], strans[0], properties());
    }

    private ARef aref() throws GdsFormatException {
        String target = referenceName("AREF");
        Strans[] strans = {Strans.IDENTITY};
        int id = strans(strans);
        expect(RecordType.COLROW, id, "COLROW");
        int columns = in.uint16(0);
        int rows = in.uint16(1);
        if (columns == 0 || rows == 0) {
            tally("AREF with 0 columns or rows (counted as 1, like KLayout)");
        }
        expect(RecordType.XY, next("XY"), "XY");
        int[] xy = in.xy();
        if (xy.length != 6) {
            throw in.error("AREF XY has " + xy.length / 2 + " points; exactly 3 are required");
        }
        return new ARef(target, columns, rows, xy[0], xy[1], xy[2], xy[3], xy[4], xy[5], strans[0], properties());
    }

    private Text text() throws GdsFormatException {
        int layer = layerAfterFlags("TEXT");
        expect(RecordType.TEXTTYPE, next("TEXTTYPE"), "TEXTTYPE");
        int texttype = in.uint16(0);
        int presentation = 0;
        int pathType = 0;
        int width = 0;
        int id = next("TEXT records or XY");
        while (id == RecordType.PRESENTATION || id == RecordType.PATHTYPE || id == RecordType.WIDTH) {
            switch (id) {
                case RecordType.PRESENTATION -> presentation = in.uint16(0);
                case RecordType.PATHTYPE -> pathType = in.int16(0);
                default -> width = in.int32(0);
            }
            id = next("TEXT records or XY");
        }
        Strans[] strans = {Strans.IDENTITY};
        id = strans(id, strans);
        expect(RecordType.XY, id, "XY");
        int[] xy = in.xy();
        if (xy.length < 2) {
            throw in.error("TEXT XY has no point");
        }
        if (xy.length > 2) {
            tally("TEXT with more than one point (first used)");
        }
        expect(RecordType.STRING, next("STRING"), "STRING");
        String string = in.string();
        return new Text(layer, texttype, xy[0], xy[1], string, presentation, pathType, width, strans[0], properties());
    }

    /** Skips ELFLAGS/PLEX and returns the LAYER value. */
    private int layerAfterFlags(String element) throws GdsFormatException {
        int id = next("LAYER");
        while (id == RecordType.ELFLAGS || id == RecordType.PLEX) {
            id = next("LAYER");
        }
        if (id != RecordType.LAYER) {
            throw unexpected(id, "in a " + element + ", where LAYER belongs");
        }
        return in.uint16(0);
    }

    private String referenceName(String element) throws GdsFormatException {
        int id = next("SNAME");
        while (id == RecordType.ELFLAGS || id == RecordType.PLEX) {
            id = next("SNAME");
        }
        if (id != RecordType.SNAME) {
            throw unexpected(id, "in an " + element + ", where SNAME belongs");
        }
        String target = in.string();
        if (target.isEmpty()) {
            throw in.error(element + " names no cell (empty SNAME)");
        }
        Location here = new Location(in.offset(), in.recordNumber(), in.cell());
        firstReference.putIfAbsent(target, here);
        edgeLocation.putIfAbsent(in.cell() + '\u0000' + target, here);
        return target;
    }

    private int strans(Strans[] out) throws GdsFormatException {
        return strans(next("STRANS, COLROW or XY"), out);
    }

    /** Reads [STRANS][MAG][ANGLE] starting at record {@code id}; returns the first record after them. */
    private int strans(int id, Strans[] out) throws GdsFormatException {
        int flags = 0;
        double mag = 1.0;
        double angle = 0.0;
        boolean any = false;
        while (id == RecordType.STRANS || id == RecordType.MAG || id == RecordType.ANGLE) {
            any = true;
            switch (id) {
                case RecordType.STRANS -> flags = in.uint16(0);
                case RecordType.MAG -> mag = in.real8(0);
                default -> angle = in.real8(0);
            }
            id = next("XY");
        }
        if (any) {
            out[0] = new Strans((flags & Strans.REFLECT_BIT) != 0, (flags & Strans.ABS_MAG_BIT) != 0,
                (flags & Strans.ABS_ANGLE_BIT) != 0, mag, angle);
            if ((flags & (Strans.ABS_MAG_BIT | Strans.ABS_ANGLE_BIT)) != 0) {
                tally("STRANS with absolute magnification/angle (treated as relative, like KLayout)");
            }
        }
        return id;
    }

    private List<GdsProperty> properties() throws GdsFormatException {
        List<GdsProperty> props = List.of();
        while (true) {
            int id = next("PROPATTR or ENDEL");
            if (id == RecordType.ENDEL) {
                return props;
            }
            if (id == RecordType.ELKEY) {
                tally("skipped ELKEY record");
                continue;
            }
            if (id != RecordType.PROPATTR) {
                throw unexpected(id, "where PROPATTR or ENDEL belongs");
            }
            int attribute = in.uint16(0);
            expect(RecordType.PROPVALUE, next("PROPVALUE"), "PROPVALUE");
            if (props.isEmpty()) {
                props = new ArrayList<>(2);
            }
            props.add(new GdsProperty(attribute, in.string()));
        }
    }

    private void skipElement(String what) throws GdsFormatException {
        tally("skipped " + what);
        while (true) {
            int id = next("ENDEL");
            if (id == RecordType.ENDEL) {
                return;
            }
            if (id == RecordType.ENDSTR || id == RecordType.ENDLIB || id == RecordType.BGNSTR) {
                throw unexpected(id, "before the ENDEL of a skipped " + what);
            }
        }
    }

    /** Skips a Raith PXX data record wherever it appears. */
    private boolean skipVendorRecord() {
        if (in.typeByte() == RecordType.RAITH_PXX_DATA) {
            tally("skipped Raith " + RecordType.describe(in.id()) + " record");
            return true;
        }
        return false;
    }

    // ---- records

    private int next(String expecting) throws GdsFormatException {
        return in.next(expecting);
    }

    private LocalDateTime timestamp() throws GdsFormatException {
        int year = in.int16(0);
        int[] v = new int[6];
        for (int i = 0; i < 6; i++) {
            v[i] = in.int16(i);
        }
        if (year >= 0 && year < 1900) {
            v[0] = year + 1900;
            note("BGNLIB year " + year + " read as " + v[0]);
        }
        try {
            return LocalDateTime.of(v[0], v[1], v[2], v[3], v[4], v[5]);
        } catch (DateTimeException e) {
            note("BGNLIB modification time is not a valid date (" + v[0] + "-" + v[1] + "-" + v[2] + " "
                + v[3] + ":" + v[4] + ":" + v[5] + ")");
            return GdsLibrary.NO_TIME;
        }
    }

    private void expect(int wanted, int got, String name) throws GdsFormatException {
        if (wanted != got) {
            throw in.error(name + " record expected, found " + RecordType.describe(got));
        }
    }

    private GdsFormatException unexpected(int id, String where) {
        boolean known = !RecordType.describe(id).startsWith("0x");
        return in.error((known ? "unexpected record " : "unknown record type ") + RecordType.describe(id) + " " + where);
    }

    /** Counts a skipped or repaired thing; one note per kind, not per occurrence. */
    private void tally(String what) {
        tallies.merge(what, 1, Integer::sum);
    }

    private void note(String line) {
        notes.add(line);
    }

    // ---- whole-file checks

    private void checkReferences(List<GdsCell> cells) throws GdsFormatException {
        CellGraph graph = new CellGraph(cells);
        String[] missing = graph.missingReference();
        if (missing.length > 0) {
            Location at = firstReference.get(missing[1]);
            throw new GdsFormatException("reference to undefined cell '" + missing[1] + "'", at.offset(), at.record(), at.cell());
        }
        List<String> cycle = graph.cycle();
        if (!cycle.isEmpty()) {
            String from = cycle.get(cycle.size() - 2);
            Location at = edgeLocation.get(from + '\u0000' + cycle.get(cycle.size() - 1));
            throw new GdsFormatException("cell references form a cycle: " + String.join(" -> ", cycle),
                at.offset(), at.record(), at.cell());
        }
    }
}
