package org.jjmask.design.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jjmask.design.CellDesign;
import org.jjmask.design.Designer;
import org.jjmask.design.Spec;
import org.jjmask.design.spec.SpecException;
import org.jjmask.physics.ArrayGeometry;
import org.jjmask.physics.Prediction;
import org.jjmask.physics.RtPoint;
import org.jjmask.physics.ValidityFlag;

/**
 * The model a fit compares with the data: the spec with the varied keys set, through the design
 * pass, and its predicted R(T) at the data's temperatures. It knows nothing of the physics inside
 * the pass: whatever R(T) the pass predicts is the model.
 *
 * <p><b>Cost</b>: the unit cell's geometry does not depend on keys of the film, the substrate, the
 * base temperature, the model or the edge damage (the physics takes the damage as a number), so when
 * only those vary it is computed once and each evaluation is the physics alone; any other key (a
 * pitch) takes the whole cheap pass ({@link Designer#cell}) per evaluation. Evaluations are kept by
 * their values, since Levenberg–Marquardt comes back to points it has seen.
 *
 * <p>The cheap pass takes a rotated or disordered lattice as its ideal lattice (its own Javadoc):
 * for those the fitted curve is the ideal lattice's.
 */
final class RtModel {

    private static final List<String> GEOMETRY_FREE = List.of("material.", "substrate.", "conditions.", "model.");

    private final SpecEdit edit;
    private final List<FitKey> keys;
    private final Optional<ArrayGeometry> geometry;
    private final Map<List<Double>, Prediction> seen = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Double>, Prediction> eldest) {
            return size() > 512;
        }
    };
    private int evaluations;

    RtModel(SpecEdit edit, List<FitKey> keys, Spec base) {
        this.edit = edit;
        this.keys = List.copyOf(keys);
        boolean cacheable = keys.stream().allMatch(k -> k.dotted().equals("fabrication.edge_damage_nm")
                || GEOMETRY_FREE.stream().anyMatch(p -> k.dotted().startsWith(p)));
        this.geometry = cacheable ? Designer.cell(base).geometry() : Optional.empty();
    }

    /**
     * The prediction at these values of the keys; empty when the spec refuses them, the holes touch,
     * or the edge damage cuts the necks apart (flag {@code necks_destroyed}).
     */
    Optional<Prediction> predict(double[] values) {
        List<Double> key = java.util.Arrays.stream(values).boxed().toList();
        Prediction hit = seen.get(key);
        if (hit != null) {
            return Optional.of(hit);
        }
        Spec spec;
        try {
            spec = edit.spec(keys, values);
        } catch (SpecException e) {
            return Optional.empty();
        }
        evaluations++;
        Optional<Prediction> p;
        if (geometry.isPresent()) {
            p = Optional.of(Designer.predict(spec, geometry.get(), spec.fabrication().edgeDamageNm()));
        } else {
            CellDesign cell = Designer.cell(spec);
            p = cell.prediction();
        }
        // a film cut apart by its damaged rims has one flat R(T) whatever the keys: no way back from there
        p = p.filter(v -> !v.hasFlag(ValidityFlag.NECKS_DESTROYED));
        p.ifPresent(v -> seen.put(key, v));
        return p;
    }

    int evaluations() {
        return evaluations;
    }

    /**
     * The curve's sheet resistance at each temperature: linear in ln R between the curve's samples
     * (which differ by at most 1 %), R below {@code floorOhm} taken as {@code floorOhm}, and beyond
     * the sampled range its end values (the model has no normal-state slope above ~1.5·T_c0).
     */
    static double[] at(List<RtPoint> curve, double[] temperaturesK, double floorOhm) {
        int m = curve.size();
        double[] t = new double[m];
        double[] lr = new double[m];
        for (int i = 0; i < m; i++) {
            t[i] = curve.get(i).temperatureK();
            lr[i] = Math.log(Math.max(floorOhm, curve.get(i).sheetResistanceOhm()));
        }
        double[] out = new double[temperaturesK.length];
        for (int k = 0; k < out.length; k++) {
            double x = temperaturesK[k];
            if (x <= t[0]) {
                out[k] = Math.exp(lr[0]);
            } else if (x >= t[m - 1]) {
                out[k] = Math.exp(lr[m - 1]);
            } else {
                int hi = java.util.Arrays.binarySearch(t, x);
                if (hi >= 0) {
                    out[k] = Math.exp(lr[hi]);
                    continue;
                }
                hi = -hi - 1;
                int lo = hi - 1;
                double w = (x - t[lo]) / (t[hi] - t[lo]);
                out[k] = Math.exp(lr[lo] + w * (lr[hi] - lr[lo]));
            }
        }
        return out;
    }
}
