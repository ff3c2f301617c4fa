package org.jjmask.exposure;

/**
 * Write time per shot and per hole: charge = dose × area = current × time, plus the beam's
 * settling. Area exposure fills a hole with shots on a square raster of {@code stepNm}, each
 * dwelling {@code D·step²/I} and settling {@code shotSettleNs}; dot exposure is one shot of
 * {@code dotChargeFc} per hole. Every hole adds a jump settle {@code holeSettleUs}.
 * (EBEAM.md: a 70 nm hole at 300 µC/cm² is 11.5 fC, 115 µs at 100 pA.)
 *
 * @param baseDoseUCcm2 area dose, µC/cm² (1 µC/cm² = 10⁻² C/m²)
 * @param currentPa     beam current, pA
 * @param kind          area or dot exposure
 * @param stepNm        shot pitch of area exposure, nm
 * @param dotChargeFc   charge of one dot, fC (dot exposure)
 * @param shotSettleNs  settling per shot, ns
 * @param holeSettleUs  settling per jump to the next hole, µs
 */
public record WriteTime(double baseDoseUCcm2, double currentPa, ExposureKind kind, double stepNm, double dotChargeFc,
        double shotSettleNs, double holeSettleUs) {

    public WriteTime {
        if (!(currentPa > 0) || !(baseDoseUCcm2 >= 0) || !(stepNm > 0) || !(dotChargeFc >= 0) || shotSettleNs < 0
                || holeSettleUs < 0) {
            throw new IllegalArgumentException("write time needs current > 0, step > 0 and non-negative dose and settling");
        }
    }

    /** Area exposure, no settling. */
    public static WriteTime area(double baseDoseUCcm2, double currentPa, double stepNm) {
        return new WriteTime(baseDoseUCcm2, currentPa, ExposureKind.AREA, stepNm, 0, 0, 0);
    }

    /** Charge one hole of {@code areaNm2} receives at dose factor {@code factor}, fC. */
    public double chargeFc(double areaNm2, double factor) {
        if (kind == ExposureKind.DOT) {
            return dotChargeFc * factor;
        }
        // µC/cm² → C/m² is 1e-2; nm² → m² is 1e-18; C → fC is 1e15
        return baseDoseUCcm2 * factor * 1e-2 * areaNm2 * 1e-18 * 1e15;
    }

    /** Shots per hole: the raster points in the hole (area), or one (dot). */
    public long shots(double areaNm2) {
        return kind == ExposureKind.DOT ? 1 : Math.max(1, Math.round(areaNm2 / (stepNm * stepNm)));
    }

    /** Dwell of one shot, µs. */
    public double dwellPerShotUs(double areaNm2, double factor) {
        return chargeFc(areaNm2, factor) / shots(areaNm2) / currentPa * 1e-15 / 1e-12 * 1e6;
    }

    /** Time for one hole, µs: its charge over the current, its shots' settling and the jump to it. */
    public double perHoleUs(double areaNm2, double factor) {
        double exposure = chargeFc(areaNm2, factor) * 1e-15 / (currentPa * 1e-12) * 1e6;
        return exposure + shots(areaNm2) * shotSettleNs * 1e-3 + holeSettleUs;
    }

    /** Total over a pattern with dose factors (all 1 when {@code dose} is empty), s. */
    public double totalS(HolePattern p, float[] dose) {
        // perHoleUs with each shape's area and shot settling found once: the same sum, term for term
        double[] area = new double[p.shapes()];
        double[] settle = new double[p.shapes()];
        for (int k = 0; k < area.length; k++) {
            area[k] = p.areaNm2(k);
            settle[k] = shots(area[k]) * shotSettleNs * 1e-3;
        }
        return Chunks.sum(p.size(), i -> {
            int k = p.shapeOf(i);
            double exposure = chargeFc(area[k], dose.length == 0 ? 1 : dose[i]) * 1e-15 / (currentPa * 1e-12) * 1e6;
            return exposure + settle[k] + holeSettleUs;
        }) * 1e-6;
    }

    /** Shots over a pattern: the holes of each shape times that shape's shots. */
    public long shots(HolePattern p) {
        long[] holes = new long[p.shapes()];
        for (int i = 0; i < p.size(); i++) {
            holes[p.shapeOf(i)]++;
        }
        long n = 0;
        for (int k = 0; k < holes.length; k++) {
            n += holes[k] * shots(p.areaNm2(k));
        }
        return n;
    }
}
