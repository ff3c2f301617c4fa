package org.jjmask.gds;

/**
 * Record identifiers of the byte layer: record type in the high byte, data type in the low byte,
 * exactly as they appear in the file. Kept as int constants because the reader switches on them.
 */
final class RecordType {

    static final int HEADER = 0x0002;
    static final int BGNLIB = 0x0102;
    static final int LIBNAME = 0x0206;
    static final int UNITS = 0x0305;
    static final int ENDLIB = 0x0400;
    static final int BGNSTR = 0x0502;
    static final int STRNAME = 0x0606;
    static final int ENDSTR = 0x0700;
    static final int BOUNDARY = 0x0800;
    static final int PATH = 0x0900;
    static final int SREF = 0x0A00;
    static final int AREF = 0x0B00;
    static final int TEXT = 0x0C00;
    static final int LAYER = 0x0D02;
    static final int DATATYPE = 0x0E02;
    static final int WIDTH = 0x0F03;
    static final int XY = 0x1003;
    static final int ENDEL = 0x1100;
    static final int SNAME = 0x1206;
    static final int COLROW = 0x1302;
    static final int TEXTNODE = 0x1400;
    static final int NODE = 0x1500;
    static final int TEXTTYPE = 0x1602;
    static final int PRESENTATION = 0x1701;
    static final int STRING = 0x1906;
    static final int STRANS = 0x1A01;
    static final int MAG = 0x1B05;
    static final int ANGLE = 0x1C05;
    static final int REFLIBS = 0x1F06;
    static final int FONTS = 0x2006;
    static final int PATHTYPE = 0x2102;
    static final int GENERATIONS = 0x2202;
    static final int ATTRTABLE = 0x2306;
    static final int STYPTABLE = 0x2406;
    static final int STRTYPE = 0x2502;
    static final int ELFLAGS = 0x2601;
    static final int ELKEY = 0x2703;
    static final int NODETYPE = 0x2A02;
    static final int PROPATTR = 0x2B02;
    static final int PROPVALUE = 0x2C06;
    static final int BOX = 0x2D00;
    static final int BOXTYPE = 0x2E02;
    static final int PLEX = 0x2F03;
    static final int BGNEXTN = 0x3003;
    static final int ENDEXTN = 0x3103;
    static final int TAPENUM = 0x3202;
    static final int TAPECODE = 0x3302;
    static final int STRCLASS = 0x3401;
    static final int FORMAT = 0x3602;
    static final int MASK = 0x3706;
    static final int ENDMASKS = 0x3800;
    static final int LIBDIRSIZE = 0x3902;
    static final int SRFNAME = 0x3A06;
    static final int LIBSECUR = 0x3B02;

    /** Raith vendor record types (high byte only; their data type byte varies). */
    static final int RAITH_CURVED = 0x56;
    static final int RAITH_FBMS_PATH = 0x58;
    static final int RAITH_MBMS_PATH = 0x5A;
    static final int RAITH_PXX_DATA = 0x62;

    private static final String[] NAMES = new String[256];

    static {
        String[] names = {
            "HEADER", "BGNLIB", "LIBNAME", "UNITS", "ENDLIB", "BGNSTR", "STRNAME", "ENDSTR",
            "BOUNDARY", "PATH", "SREF", "AREF", "TEXT", "LAYER", "DATATYPE", "WIDTH", "XY", "ENDEL",
            "SNAME", "COLROW", "TEXTNODE", "NODE", "TEXTTYPE", "PRESENTATION", "SPACING", "STRING",
            "STRANS", "MAG", "ANGLE", "UINTEGER", "USTRING", "REFLIBS", "FONTS", "PATHTYPE",
            "GENERATIONS", "ATTRTABLE", "STYPTABLE", "STRTYPE", "ELFLAGS", "ELKEY", "LINKTYPE",
            "LINKKEYS", "NODETYPE", "PROPATTR", "PROPVALUE", "BOX", "BOXTYPE", "PLEX", "BGNEXTN",
            "ENDEXTN", "TAPENUM", "TAPECODE", "STRCLASS", "RESERVED", "FORMAT", "MASK", "ENDMASKS",
            "LIBDIRSIZE", "SRFNAME", "LIBSECUR",
        };
        System.arraycopy(names, 0, NAMES, 0, names.length);
        NAMES[RAITH_CURVED] = "RAITH_CURVED";
        NAMES[RAITH_FBMS_PATH] = "RAITH_FBMS_PATH";
        NAMES[RAITH_MBMS_PATH] = "RAITH_MBMS_PATH";
        NAMES[RAITH_PXX_DATA] = "RAITH_PXX_DATA";
    }

    private RecordType() {
    }

    /** For messages: "XY (0x1003)" or "0x7F00" when the type byte is not a GDSII record. */
    static String describe(int id) {
        String name = NAMES[(id >>> 8) & 0xFF];
        String hex = String.format("0x%04X", id & 0xFFFF);
        return name == null ? hex : name + " (" + hex + ")";
    }
}
