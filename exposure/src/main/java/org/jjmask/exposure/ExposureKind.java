package org.jjmask.exposure;

/** {@code ebeam.exposure}: each hole filled by a raster of shots at the step size, or one shot per hole. */
public enum ExposureKind {
    AREA, DOT
}
