package org.jjmask.design.fit;

import java.util.Arrays;

/**
 * A measured curve as the fit takes it: the swept variable (temperature in K, or field in T) and
 * the sheet resistance in Ω at each point, in the file's order, with the file line of each point
 * for messages.
 *
 * @param source   the file's name, for messages
 * @param variable what was swept
 * @param x        temperatures (K) or fields (T)
 * @param rSqOhm   sheet resistance R_□ (Ω), converted from R with {@code squares} when the file gave R
 * @param lines    the file line of each point
 * @param squares  the squares R was divided by (1 when the file gave R_□ itself)
 */
public record MeasuredCurve(String source, Variable variable, double[] x, double[] rSqOhm, int[] lines, double squares) {

    /** The swept variable. */
    public enum Variable {
        TEMPERATURE("T_K"), FIELD("B_T");

        private final String column;

        Variable(String column) {
            this.column = column;
        }

        /** The column name the JSON uses for it. */
        public String column() {
            return column;
        }
    }

    public MeasuredCurve {
        x = x.clone();
        rSqOhm = rSqOhm.clone();
        lines = lines.clone();
    }

    public int size() {
        return x.length;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] rSqOhm() {
        return rSqOhm.clone();
    }

    @Override
    public int[] lines() {
        return lines.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeasuredCurve m && source.equals(m.source) && variable == m.variable
                && Arrays.equals(x, m.x) && Arrays.equals(rSqOhm, m.rSqOhm) && Arrays.equals(lines, m.lines)
                && Double.compare(squares, m.squares) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(x) * 31 + Arrays.hashCode(rSqOhm);
    }

    @Override
    public String toString() {
        return "MeasuredCurve[" + source + ", " + x.length + " points of " + variable.column() + "]";
    }
}
