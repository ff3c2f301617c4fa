package org.jjmask.layout;

/** One hole as written: its centre in nm (device coordinates) and its polygon, centred on the origin. */
public record WrittenHole(double xNm, double yNm, HoleShape shape) {}
