package org.jjmask.design;

import java.util.ArrayList;
import java.util.List;
import org.jjmask.physics.ArrayGeometry;
import org.jjmask.physics.Phase;
import org.jjmask.physics.Prediction;
import org.jjmask.physics.Predictor;

/**
 * The prediction around a design: the same holes, material, substrate, conditions and model
 * choices on the same lattice kind at other pitches, each a periodic lattice of circular holes of
 * the design's equal-area diameter ({@link ArrayGeometry#periodic}). What the report's "around
 * the design" charts and the phase diagram draw; the design itself is the design's own prediction.
 */
public record PitchScan(double holeDiameterNm, List<Point> points) {

    /** Points in a scan. */
    public static final int POINTS = 41;

    /** One pitch: its neck a − D and the predicted numbers. */
    public record Point(double pitchNm, double neckNm, double rnOhm, double ejK, double ecK, double tcOnsetK,
            double tbktK, Phase phase) {

        public double ejOverEc() {
            return ecK > 0 ? ejK / ecK : Double.POSITIVE_INFINITY;
        }
    }

    public PitchScan {
        points = List.copyOf(points);
    }

    /**
     * Pitches from D + 2 nm (a 2 nm neck) to twice the design's pitch, {@value #POINTS} of them
     * spaced evenly in the neck's logarithm so that the narrow necks, where everything changes,
     * are resolved.
     */
    public static PitchScan around(DesignResult r) {
        ArrayGeometry g = r.geometry();
        double d = g.holeDiameterNm();
        double wMin = 2.0;
        double wMax = Math.max(2 * g.pitchNm() - d, 4 * wMin);
        List<Point> points = new ArrayList<>();
        for (int k = 0; k < POINTS; k++) {
            double w = wMin * Math.pow(wMax / wMin, k / (POINTS - 1.0));
            double a = d + w;
            Prediction p = Predictor.predict(ArrayGeometry.periodic(g.network(), a, d).withStiffnessFactor(
                    g.stiffnessFactor()), r.material(), r.substrate(), r.conditions(), r.spec().model().options().withoutFieldCurves());
            points.add(new Point(a, w, p.rnOhm(), p.ejK(), p.ecK(), p.tcOnsetK(), p.tbktK(), p.phase()));
        }
        return new PitchScan(d, points);
    }
}
