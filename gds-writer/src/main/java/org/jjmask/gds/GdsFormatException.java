package org.jjmask.gds;

/**
 * The bytes are not a GDSII stream this library can read, or a library model breaks a rule of the
 * format (undefined reference, reference cycle). The message always names where: byte offset,
 * record number and cell.
 */
public final class GdsFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long byteOffset;
    private final int recordNumber;
    private final String cellName;
    private final String problem;

    /**
     * @param problem what is wrong, without the location
     * @param byteOffset offset of the offending record's first byte, or -1 when the problem was
     *     found in a library model that did not come from a file
     * @param recordNumber 1-based number of the offending record, or -1 as for the offset
     * @param cellName cell being read, "" outside any cell
     */
    public GdsFormatException(String problem, long byteOffset, int recordNumber, String cellName) {
        super(problem + where(byteOffset, recordNumber, cellName));
        this.problem = problem;
        this.byteOffset = byteOffset;
        this.recordNumber = recordNumber;
        this.cellName = cellName == null ? "" : cellName;
    }

    /** Offset of the offending record's first byte; -1 when not from a file. */
    public long byteOffset() {
        return byteOffset;
    }

    /** 1-based record number; -1 when not from a file. */
    public int recordNumber() {
        return recordNumber;
    }

    /** The cell being read, "" outside a cell. */
    public String cellName() {
        return cellName;
    }

    /** The message without the location suffix. */
    public String problem() {
        return problem;
    }

    private static String where(long offset, int record, String cell) {
        String inCell = cell == null || cell.isEmpty() ? "outside any cell" : "in cell '" + cell + "'";
        if (offset < 0) {
            return " (library model, no byte offset; " + inCell + ")";
        }
        return " (at byte offset " + offset + ", record " + record + ", " + inCell + ")";
    }
}
