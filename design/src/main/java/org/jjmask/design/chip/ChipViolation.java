package org.jjmask.design.chip;

/**
 * A chip design-rule violation: the rule, the device it concerns ({@code ""} for the die's own
 * title and marks), a sentence, and where on the die (µm, chip coordinates).
 */
public record ChipViolation(ChipRule rule, String device, String message, double xUm, double yUm) {}
