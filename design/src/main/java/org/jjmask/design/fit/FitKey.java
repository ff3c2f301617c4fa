package org.jjmask.design.fit;

import java.util.ArrayList;
import java.util.List;
import org.jjmask.design.SpecReader;
import org.jjmask.design.spec.Key;
import org.jjmask.design.spec.Kind;
import org.jjmask.design.spec.Section;

/**
 * A spec key the fit varies, found by its dotted name in the spec's declarations, with the bounds
 * declared there. A key whose lower bound is above 0 and that may span three decades or more (a
 * sheet resistance, a rate scale) is varied in its logarithm, so that a step is a factor and the
 * bound is never crossed; other keys (edge damage from 0 nm) linearly.
 *
 * @param dotted  "material.tc0_K"
 * @param path    its YAML path, section by section
 * @param min     declared lower bound
 * @param max     declared upper bound
 * @param whole   a whole-number key (its fitted value is rounded when written)
 */
public record FitKey(String dotted, List<String> path, double min, double max, boolean minExclusive, boolean whole) {

    /** What the fit varies when --vary is not given. One place: a renamed model key is renamed here. */
    public static final List<String> DEFAULT_VARY = List.of("material.sheet_resistance_ohm", "material.tc0_K",
            "fabrication.edge_damage_nm", "model.phase_slip_scale");

    public FitKey {
        path = List.copyOf(path);
    }

    /** Varied in log: positive and declared over at least three decades. */
    public boolean logarithmic() {
        return (min > 0 || (minExclusive && min >= 0)) && max / Math.max(min, Double.MIN_NORMAL) >= 1e3;
    }

    /** The declared key of a dotted name, or a refusal naming what is wrong with it. */
    public static FitKey resolve(String dotted) throws FitException {
        String[] parts = dotted.split("\\.", -1);
        Section section = SpecReader.declarations();
        List<String> path = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            Key key = section.key(parts[i]).orElse(null);
            if (key == null) {
                throw new FitException("--vary: '" + dotted + "': " + (path.isEmpty() ? "" : String.join(".", path) + " has ")
                        + "no key '" + parts[i] + "'" + (path.isEmpty() ? " at the top of the spec" : "") + " (keys: "
                        + String.join(", ", section.keyNames()) + ")");
            }
            path.add(parts[i]);
            boolean last = i == parts.length - 1;
            if (!last) {
                if (key.kind() != Kind.SECTION || key.section().isEmpty()) {
                    throw new FitException("--vary: '" + dotted + "': " + String.join(".", path) + " is not a section");
                }
                section = key.section().get();
            } else if (key.kind() != Kind.NUMBER && key.kind() != Kind.NUMBER_OR_RANGE && key.kind() != Kind.WHOLE) {
                throw new FitException("--vary: '" + dotted + "' is " + key.kind().expected()
                        + ", not a number the fit can vary");
            } else {
                if (!(key.max() > key.min())) {
                    throw new FitException("--vary: '" + dotted + "' has no range to vary in");
                }
                return new FitKey(dotted, path, key.min(), key.max(), key.minExclusive(), key.kind() == Kind.WHOLE);
            }
        }
        throw new FitException("--vary: '" + dotted + "' names no key");
    }

    /** The varied coordinate of a value. */
    double toInternal(double value, double scale) {
        return logarithmic() ? Math.log(value) : value / scale;
    }

    /** The value of a varied coordinate, inside the declared bounds. */
    double toValue(double u, double scale) {
        double v = logarithmic() ? Math.exp(u) : u * scale;
        double lo = minExclusive ? Math.nextUp(min) : min;
        return Math.max(lo, Math.min(max, v));
    }

    /** The bounds of the varied coordinate. */
    double internalMin(double scale) {
        return toInternal(minExclusive ? Math.nextUp(min) : min, scale);
    }

    double internalMax(double scale) {
        return toInternal(max, scale);
    }
}
