package org.jjmask.cli;

/** CONTRACT.md's exit codes. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    static final int VIOLATION = 3;

    private ExitCodes() {}
}
