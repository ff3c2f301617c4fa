package org.jjmask.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * An I/O failure in words a user can act on: what could not be done to which file, and why —
 * never a Java class name, and never the name of a temporary file the user did not ask for.
 */
final class IoErrors {

    /** {@link AtomicFiles}' temporaries: {@code .NAME.HEX.part} beside the target. */
    private static final Pattern STAGED = Pattern.compile("\\.(.+)\\.[0-9a-f]+\\.part$");

    private IoErrors() {}

    /** "cannot write out/x.gds: a file named 'out' is in the way", and the like. */
    static String describe(IOException e) {
        if (e instanceof CannotWrite c) {
            return c.getMessage();
        }
        return "I/O error: " + reason(e);
    }

    /** Why, in words, naming the file the user knows. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            String file = visible(f.getFile());
            String other = f.getReason() == null ? "" : f.getReason();
            if (e instanceof FileAlreadyExistsException) {
                return "a file named '" + name(file) + "' is in the way";
            }
            if (e instanceof AccessDeniedException) {
                return "permission denied for " + file;
            }
            if (e instanceof NoSuchFileException) {
                return "no such file or directory: " + file;
            }
            if (e instanceof NotDirectoryException) {
                return file + " is not a directory";
            }
            if (e instanceof DirectoryNotEmptyException) {
                return "a directory named '" + name(file) + "' is in the way";
            }
            if (other.contains("No space left")) {
                return "the disk is full (" + file + ")";
            }
            if (other.contains("Is a directory")) {
                return "a directory named '" + name(file) + "' is in the way";
            }
            return (other.isEmpty() ? "cannot access" : other.toLowerCase(java.util.Locale.ROOT)) + " (" + file + ")";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "the operating system refused without saying why" : m;
    }

    /** The path with a staged temporary's name put back to the file it stands for. */
    private static String visible(String file) {
        if (file == null) {
            return "?";
        }
        Path p = Path.of(file);
        Path name = p.getFileName();
        if (name != null) {
            var m = STAGED.matcher(name.toString());
            if (m.matches()) {
                return (p.getParent() == null ? Path.of(m.group(1)) : p.getParent().resolve(m.group(1))).toString();
            }
        }
        return file;
    }

    private static String name(String file) {
        Path n = Path.of(file).getFileName();
        return n == null ? file : n.toString();
    }

    /** A file of the run could not be written; the message names it and says why. */
    static final class CannotWrite extends IOException {
        private static final long serialVersionUID = 1L;

        CannotWrite(Path target, IOException cause) {
            super("cannot write " + target + ": " + reason(cause), cause);
        }
    }
}
