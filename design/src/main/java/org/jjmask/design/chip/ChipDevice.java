package org.jjmask.design.chip;

import java.util.List;
import org.jjmask.design.Spec;

/**
 * One device of a chip: its place in the matrix, what it changes of the base spec, its label and
 * the design spec it is (validated as any design spec).
 *
 * @param index  0-based, row by row
 * @param row    1-based, row 1 at the top of the die
 * @param column 1-based, column 1 at the left
 * @param id     the row's letter and the column's number ({@code A1}, ..., {@code AA12})
 * @param origin where it came from, as an error message names it: a {@code vary} combination or {@code devices[3]}
 * @param values the varied keys' values as written, in the chip's {@link ChipSpec#varied()} order; a device
 *               of a {@code devices:} list that leaves a key alone has the base spec's written value, or ""
 *               when the base leaves it at its default too
 * @param label  the label text (empty when the chip has no label template)
 */
public record ChipDevice(int index, int row, int column, String id, String origin, List<Override> values,
        String label, Spec spec) {

    public ChipDevice {
        values = List.copyOf(values);
    }

    /** One varied key and the value the device gives it (a number, text or true/false, as written). */
    public record Override(String key, Object value) {}

    /** The row's letters: A..Z, then AA, AB, ... */
    public static String rowLetters(int row) {
        StringBuilder b = new StringBuilder();
        for (int r = row; r > 0; r = (r - 1) / 26) {
            b.insert(0, (char) ('A' + (r - 1) % 26));
        }
        return b.toString();
    }

    /** The cell-name prefix of the device's cells in the chip GDS ({@code A1_}). */
    public String cellPrefix() {
        return id + "_";
    }
}
