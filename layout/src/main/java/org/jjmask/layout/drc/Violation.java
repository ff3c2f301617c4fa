package org.jjmask.layout.drc;

/**
 * One design-rule violation: the rule, a sentence, where (nm, device or top-cell coordinates),
 * the measured value and the limit (nm).
 */
public record Violation(DesignRule rule, String message, double xNm, double yNm, double measuredNm, double limitNm) {}
