package org.jjmask.design.fit;

import java.util.OptionalDouble;

/**
 * One varied key after the fit.
 *
 * @param key        the dotted spec key
 * @param value      the fitted value when the data determine it; else the value it was held at (the spec's)
 * @param stderr     its standard error from the covariance, when determined
 * @param determined whether the data determine it; when not, it was held at the spec's value and refitted without
 * @param start      the spec's value the fit started from
 * @param reason     why it is not determined ("" when it is)
 */
public record FittedParameter(String key, double value, OptionalDouble stderr, boolean determined, double start,
        String reason) {}
