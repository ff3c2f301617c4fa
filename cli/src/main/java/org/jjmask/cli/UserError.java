package org.jjmask.cli;

/** A mistake of the user's (a value, a file): printed as one line, exit 2. */
final class UserError extends Exception {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
