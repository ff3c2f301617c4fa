package org.jjmask.design.spec;

/** A spec the user must fix: the message is one line naming the file, key, value and line. */
public final class SpecException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String key;

    public SpecException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The offending key as a dotted path ("lattice.pitch_nm"), or "" when the file itself is at fault. */
    public String key() {
        return key;
    }
}
