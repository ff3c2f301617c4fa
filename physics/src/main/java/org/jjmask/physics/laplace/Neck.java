package org.jjmask.physics.laplace;

/**
 * The narrowest film between two neighbouring holes.
 *
 * @param x middle of the gap, x
 * @param y middle of the gap, y
 * @param width gap width (≤ 0 when the holes touch or overlap)
 */
public record Neck(double x, double y, double width) {
}
