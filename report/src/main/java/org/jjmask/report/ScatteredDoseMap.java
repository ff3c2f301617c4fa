package org.jjmask.report;

import java.util.ArrayList;
import java.util.List;
import org.jjmask.layout.ScatteredHoles;
import org.locationtech.jts.geom.Envelope;

/**
 * The dose map of a rotated or disordered array, whose holes are one SREF each and form no
 * one-class rectangles: the holes are binned into square map cells no smaller than the lattice
 * pitch (and than a printed point, so the figure stays a few thousand rectangles however many
 * holes), each cell takes the class whose dose factor is nearest the geometric mean of its holes'
 * (so every colour drawn is a class's colour), and equal cells along a row merge into one run.
 *
 * @param cellNm side of a map cell, nm
 * @param x0Nm   left edge of column 0, nm
 * @param y0Nm   bottom edge of row 0, nm
 * @param runs   the runs of equal class, row by row, left to right
 */
record ScatteredDoseMap(double cellNm, double x0Nm, double y0Nm, List<Run> runs) {

    /** {@code length} cells of class {@code classRank} from column {@code column} of row {@code row}. */
    record Run(int row, int column, int length, int classRank) {}

    ScatteredDoseMap {
        runs = List.copyOf(runs);
    }

    /**
     * Bins {@code holes} (class rank of each in {@code forEach} order: {@code perHole}, or all rank
     * 0 when empty) over {@code worldNm}; {@code classValue[rank]} is each class's dose factor.
     */
    static ScatteredDoseMap of(ScatteredHoles holes, short[] perHole, double[] classValue, double dbuNm,
            Envelope worldNm, double cellNm) {
        if (!(cellNm > 0) || classValue.length == 0) {
            throw new IllegalArgumentException("a dose map needs a positive cell and at least one class");
        }
        int nx = Math.max(1, (int) Math.ceil(worldNm.getWidth() / cellNm));
        int ny = Math.max(1, (int) Math.ceil(worldNm.getHeight() / cellNm));
        double[] sumLog = new double[nx * ny];
        int[] count = new int[nx * ny];
        double[] logValue = new double[classValue.length];
        for (int k = 0; k < classValue.length; k++) {
            logValue[k] = Math.log(classValue[k]);
        }
        int[] i = {0};
        holes.forEach((x, y, sizeClass) -> {
            int rank = perHole.length == 0 ? 0 : perHole[i[0]];
            i[0]++;
            int cx = Math.min(nx - 1, Math.max(0, (int) ((x * dbuNm - worldNm.getMinX()) / cellNm)));
            int cy = Math.min(ny - 1, Math.max(0, (int) ((y * dbuNm - worldNm.getMinY()) / cellNm)));
            sumLog[cy * nx + cx] += logValue[rank];
            count[cy * nx + cx]++;
        });
        List<Run> runs = new ArrayList<>();
        for (int r = 0; r < ny; r++) {
            int start = -1;
            int cls = -1;
            for (int c = 0; c <= nx; c++) {
                int k = c < nx && count[r * nx + c] > 0 ? nearest(logValue, sumLog[r * nx + c] / count[r * nx + c]) : -1;
                if (k != cls) {
                    if (cls >= 0) {
                        runs.add(new Run(r, start, c - start, cls));
                    }
                    start = c;
                    cls = k;
                }
            }
        }
        return new ScatteredDoseMap(cellNm, worldNm.getMinX(), worldNm.getMinY(), runs);
    }

    /** The class whose log dose factor is nearest {@code meanLog} (the lower on a tie). */
    private static int nearest(double[] logValue, double meanLog) {
        int best = 0;
        for (int k = 1; k < logValue.length; k++) {
            if (Math.abs(logValue[k] - meanLog) < Math.abs(logValue[best] - meanLog)) {
                best = k;
            }
        }
        return best;
    }
}
