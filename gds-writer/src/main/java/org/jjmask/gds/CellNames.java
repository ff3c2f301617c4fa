package org.jjmask.gds;

/** The portable cell-name rule: 1..32 characters from A-Z a-z 0-9 _ ? $ (what old tools accept). */
final class CellNames {

    static final int MAX_LENGTH = 32;

    private CellNames() {
    }

    static void check(String name) {
        if (name == null) {
            throw new IllegalArgumentException("cell name is missing");
        }
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("cell name '" + name + "' must be 1.." + MAX_LENGTH
                + " characters, is " + name.length());
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '_' || c == '?' || c == '$';
            if (!ok) {
                throw new IllegalArgumentException("cell name '" + name + "' has '" + c + "' at position " + i
                    + "; allowed are A-Z a-z 0-9 _ ? $");
            }
        }
    }
}
