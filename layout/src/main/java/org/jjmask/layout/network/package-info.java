/**
 * The junction network of a hole array, extracted from the geometry as laid out (MODEL.md §1):
 * islands (Voronoi vertices of the hole centres), junctions (necks between Delaunay neighbours)
 * and plaquettes (Voronoi cells clipped by the outline). {@link org.jjmask.layout.network.NetworkExtractor}
 * is the one entry point that uses JTS; its result, {@link org.jjmask.layout.network.JunctionNetwork},
 * holds plain numbers only, for the physics.
 */
package org.jjmask.layout.network;
