package org.jjmask.physics.mc;

/**
 * The network at a given patch size and disorder draw: a periodic lattice patch, the extracted
 * network's periodic window, a diluted patch. Must be a pure function of its arguments, so that
 * every shard and thread builds the same network.
 */
@FunctionalInterface
public interface NetworkFamily {
    XyNetwork patch(int size, int draw);
}
