package org.jjmask.design.fit;

/** A refusal of the calibration's input (a data file, a key to vary): one line naming the file or key. */
public final class FitException extends Exception {
    private static final long serialVersionUID = 1L;

    public FitException(String message) {
        super(message);
    }
}
