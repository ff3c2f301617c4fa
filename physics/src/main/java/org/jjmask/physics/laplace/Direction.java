package org.jjmask.physics.laplace;

/** The direction of the imposed average field. */
public enum Direction {
    X,
    Y
}
