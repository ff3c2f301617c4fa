package org.jjmask.cli;

/** The files a design run can write. */
enum Format {
    GDS, PDF, JSON;

    String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
