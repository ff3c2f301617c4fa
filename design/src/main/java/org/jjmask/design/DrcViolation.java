package org.jjmask.design;

/** One design-rule violation with where it is (nm, device coordinates) and the measured value. */
public record DrcViolation(String rule, String message, double xNm, double yNm, double measuredNm, double limitNm) {}
