package org.jjmask.physics;

/**
 * A literature source a prediction relied on.
 *
 * @param key short stable key, e.g. {@code ambegaokar-baratoff-1963}
 * @param text the reference and what was taken from it
 */
public record Citation(String key, String text) {
    /** Validates: neither text is null. */
    public Citation {
        Checks.text("key", key);
        Checks.text("text", text);
    }
}
