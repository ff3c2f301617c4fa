package org.jjmask.exposure;

/** A value at one hole: its centre in µm ({@code x_um, y_um} in JSON) and the value there. */
public record Probe(int hole, double xUm, double yUm, double value) {}
