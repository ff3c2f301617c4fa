package org.jjmask.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Files of one run, staged as temporaries beside their targets and moved into place only when all
 * are complete, so a failed run leaves nothing half-written behind.
 */
final class AtomicFiles implements AutoCloseable {

    @FunctionalInterface
    interface Content {
        void writeTo(Path file) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private boolean committed;

    /** Writes {@code target}'s content to a temporary file now; returns the temporary. */
    Path stage(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
        try {
            Files.createDirectories(dir);
            // created like any new file (umask applies), unlike createTempFile's owner-only mode
            Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW).close();
            staged.put(target, tmp);
        } catch (java.nio.file.FileSystemException e) {
            throw new IoErrors.CannotWrite(target, e);
        }
        content.writeTo(tmp);
        return tmp;
    }

    /** Moves every staged file into place. */
    List<Path> commit() throws IOException {
        List<Path> done = new ArrayList<>();
        for (Map.Entry<Path, Path> e : staged.entrySet()) {
            try {
                try {
                    Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException ex) {
                    Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (java.nio.file.FileSystemException ex) {
                throw new IoErrors.CannotWrite(e.getKey(), ex);
            }
            done.add(e.getKey());
        }
        committed = true;
        return done;
    }

    @Override
    public void close() {
        if (!committed) {
            for (Path tmp : staged.values()) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the run is failing already and says why
                }
            }
        }
    }
}
