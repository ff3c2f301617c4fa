package org.jjmask.design.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a measured R(T) or R(B) file: comma-, semicolon-, tab- or space-separated, {@code #} starts a
 * comment (whole line or the rest of one), the first other line is the header naming each column
 * as QUANTITY_UNIT in any order: {@code T_K} or {@code T_mK}; {@code B_T} or {@code B_mT};
 * {@code R_ohm}, {@code R_kohm} (the measured four-probe resistance, divided by the device's
 * squares) or {@code Rsq_ohm}, {@code Rsq_kohm} (already per square). Columns of other quantities
 * (a current, a time) are passed over. Every refusal is one line: file, line, column.
 */
public final class MeasuredCsv {

    private record Unit(String quantity, double factor) {}

    /** Each known quantity's units and their factor to K, T or Ω. */
    private static final Map<String, Map<String, Double>> UNITS = Map.of(
            "T", Map.of("K", 1.0, "mK", 1e-3),
            "B", Map.of("T", 1.0, "mT", 1e-3),
            "R", Map.of("ohm", 1.0, "kohm", 1e3),
            "Rsq", Map.of("ohm", 1.0, "kohm", 1e3));

    private MeasuredCsv() {}

    /**
     * @param text     the file's content
     * @param source   its name, for messages
     * @param variable temperature (R(T)) or field (R(B))
     * @param squares  the device's squares between the voltage contacts, when known: an R column is
     *                 divided by it (an Rsq column is taken as is)
     */
    public static MeasuredCurve read(String text, String source, MeasuredCurve.Variable variable,
            Optional<Squares> squares) throws FitException {
        String[] raw = text.split("\r\n|\n|\r", -1);
        int headerLine = -1;
        List<String> header = List.of();
        String separator = ",";
        for (int i = 0; i < raw.length; i++) {
            String line = content(raw[i], i == 0);
            if (line.isEmpty()) {
                continue;
            }
            separator = separator(line);
            header = cells(line, separator);
            headerLine = i + 1;
            break;
        }
        if (headerLine < 0) {
            throw new FitException(source + ": no data: the file has no header and no rows (needs e.g. T_K,R_ohm)");
        }
        if (isNumber(header.get(0))) {
            throw new FitException(source + ":" + headerLine + ": no header: the first line is numbers; name each column "
                    + "with its unit first, e.g. " + variable.column() + ",R_ohm");
        }
        String xQuantity = variable == MeasuredCurve.Variable.TEMPERATURE ? "T" : "B";
        int xCol = -1;
        int rCol = -1;
        Unit xUnit = null;
        Unit rUnit = null;
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            String where = source + ":" + headerLine + ": column " + (c + 1) + " ('" + name + "'): ";
            int us = name.indexOf('_');
            if (us <= 0 || us == name.length() - 1) {
                throw new FitException(where + "names no unit; write QUANTITY_UNIT, e.g. T_K, B_mT, R_ohm, Rsq_ohm");
            }
            String quantity = name.substring(0, us);
            String unit = name.substring(us + 1);
            Map<String, Double> units = UNITS.get(quantity);
            if (units == null) {
                continue; // another quantity (a current, a time): not the fit's
            }
            Double factor = units.get(unit);
            if (factor == null) {
                throw new FitException(where + "unknown unit '" + unit + "' for " + quantity + " (known: "
                        + String.join(", ", units.keySet().stream().sorted().toList()) + ")");
            }
            boolean isX = quantity.equals(xQuantity);
            boolean isR = quantity.equals("R") || quantity.equals("Rsq");
            if (!isX && !isR) {
                continue; // the other sweep's variable (a B column in an R(T) file): held constant, not fitted
            }
            if ((isX && xCol >= 0) || (isR && rCol >= 0)) {
                throw new FitException(where + "a second " + (isX ? xQuantity : "resistance") + " column");
            }
            if (isX) {
                xCol = c;
                xUnit = new Unit(quantity, factor);
            } else {
                rCol = c;
                rUnit = new Unit(quantity, factor);
            }
        }
        if (xCol < 0 || rCol < 0) {
            throw new FitException(source + ":" + headerLine + ": the header names no "
                    + (xCol < 0 ? (xQuantity.equals("T") ? "temperature column (T_K or T_mK)" : "field column (B_T or B_mT)")
                            : "resistance column (R_ohm or Rsq_ohm)"));
        }
        double divide = 1.0;
        if (rUnit.quantity().equals("R")) {
            if (squares.isEmpty()) {
                throw new FitException(source + ":" + headerLine + ": column " + (rCol + 1) + " ('" + header.get(rCol)
                        + "') is a resistance, but the device's squares between its voltage contacts are not known: "
                        + "give --squares N or an Rsq_ohm column");
            }
            divide = squares.get().count();
        }
        List<double[]> points = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        Map<Double, Integer> seen = new HashMap<>();
        for (int i = headerLine; i < raw.length; i++) {
            String line = content(raw[i], false);
            if (line.isEmpty()) {
                continue;
            }
            int n = i + 1;
            List<String> cells = cells(line, separator);
            double x = cell(cells, xCol, header, source, n) * xUnit.factor();
            double r = cell(cells, rCol, header, source, n) * rUnit.factor();
            String atX = source + ":" + n + ": column " + (xCol + 1) + " (" + header.get(xCol) + "): ";
            if (variable == MeasuredCurve.Variable.TEMPERATURE && !(x > 0)) {
                throw new FitException(atX + "T = " + cells.get(xCol) + " is not above 0 K");
            }
            Integer before = seen.putIfAbsent(x, n);
            if (before != null) {
                throw new FitException(atX + cells.get(xCol) + " is the same " + (xQuantity.equals("T") ? "temperature"
                        : "field") + " as line " + before + "'s (average repeated points before fitting)");
            }
            if (r < 0) {
                throw new FitException(source + ":" + n + ": column " + (rCol + 1) + " (" + header.get(rCol) + "): "
                        + cells.get(rCol) + " is a negative resistance");
            }
            points.add(new double[] {x, r / divide});
            lineOf.add(n);
        }
        if (points.isEmpty()) {
            throw new FitException(source + ": no data rows below the header (line " + headerLine + ")");
        }
        double[] xs = new double[points.size()];
        double[] rs = new double[points.size()];
        int[] ls = new int[points.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = points.get(k)[0];
            rs[k] = points.get(k)[1];
            ls[k] = lineOf.get(k);
        }
        return new MeasuredCurve(source, variable, xs, rs, ls, divide);
    }

    /** The line without its comment and surrounding space (and a byte-order mark on the first). */
    private static String content(String line, boolean first) {
        String s = first && line.startsWith("\uFEFF") ? line.substring(1) : line;
        int hash = s.indexOf('#');
        return (hash >= 0 ? s.substring(0, hash) : s).strip();
    }

    private static String separator(String headerLine) {
        for (String s : List.of(",", ";", "\t")) {
            if (headerLine.contains(s)) {
                return s;
            }
        }
        return "\\s+";
    }

    private static List<String> cells(String line, String separator) {
        String[] parts = separator.equals("\\s+") ? line.split("\\s+") : line.split(java.util.regex.Pattern.quote(separator), -1);
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String s = p.strip();
            if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                s = s.substring(1, s.length() - 1).strip();
            }
            out.add(s);
        }
        return out;
    }

    private static double cell(List<String> cells, int col, List<String> header, String source, int line)
            throws FitException {
        String where = source + ":" + line + ": column " + (col + 1) + " (" + header.get(col) + "): ";
        if (col >= cells.size() || cells.get(col).isEmpty()) {
            throw new FitException(where + "empty (the row has " + cells.size() + " of the header's " + header.size()
                    + " cells)");
        }
        String s = cells.get(col);
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new FitException(where + "'" + s + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new FitException(where + "'" + s + "' is not a finite number");
        }
        return v;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
