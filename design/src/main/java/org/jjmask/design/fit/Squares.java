package org.jjmask.design.fit;

import java.util.Optional;
import org.jjmask.design.Spec;

/**
 * The squares a measured resistance is divided by to give the sheet resistance R_□ = R/N, and which
 * squares they are, in words for the report.
 *
 * @param count the number of squares N
 * @param which how they follow from the device ("between the voltage arms at x = ±16.67 µm ...")
 */
public record Squares(double count, String which) {

    public Squares {
        if (!(count > 0) || !Double.isFinite(count)) {
            throw new IllegalArgumentException("squares must be a positive number, not " + count);
        }
    }

    /** Given on the command line. */
    public static Squares given(double n) {
        return new Squares(n, "given (--squares)");
    }

    /**
     * The squares of the device as designed, where its template says where the voltage is measured:
     * a Hall bar's channel between its first and last voltage arms (centre to centre, over the
     * channel width; the whole channel when it has a single pair), a bridge's length over its width.
     * A van der Pauw cross gives R_□ = (π/ln 2)·R (van der Pauw, Philips Res. Rep. 13, 1 (1958)),
     * i.e. N = ln 2/π. Corbino disks and free outlines have no template: none.
     */
    public static Optional<Squares> of(Spec.DeviceSpec device) {
        if (device instanceof Spec.HallBarSpec h) {
            if (h.armPairs() >= 2) {
                double spacing = h.lengthUm() * (h.armPairs() - 1) / (h.armPairs() + 1);
                return Optional.of(new Squares(spacing / h.widthUm(), "Hall bar: channel between the first and last "
                        + "voltage arms, " + fmt(spacing) + " µm centre to centre over the " + fmt(h.widthUm())
                        + " µm width"));
            }
            return Optional.of(new Squares(h.lengthUm() / h.widthUm(), "Hall bar: the whole channel, "
                    + fmt(h.lengthUm()) + " µm over " + fmt(h.widthUm()) + " µm (fewer than two voltage-arm pairs)"));
        }
        if (device instanceof Spec.BridgeSpec b) {
            return Optional.of(new Squares(b.lengthUm() / b.widthUm(), "bridge: " + fmt(b.lengthUm()) + " µm over "
                    + fmt(b.widthUm()) + " µm"));
        }
        if (device instanceof Spec.CrossSpec) {
            return Optional.of(new Squares(Math.log(2) / Math.PI, "van der Pauw cross: R_sq = (pi/ln 2) R"));
        }
        return Optional.empty();
    }

    private static String fmt(double v) {
        return org.jjmask.design.Numbers.format(v);
    }
}
