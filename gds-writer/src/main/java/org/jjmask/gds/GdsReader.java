package org.jjmask.gds;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Reads a whole GDSII stream into a {@link GdsLibrary}. Any byte sequence either reads or fails
 * with a {@link GdsFormatException} that names the byte offset, record number and cell; nothing
 * else escapes, and nothing is allocated from a length in the file without bounding it by the
 * bytes that are actually there.
 */
public final class GdsReader {

    private GdsReader() {
    }

    public static GdsLibrary read(java.nio.file.Path file) throws GdsFormatException, IOException {
        long size = Files.size(file);
        if (size > Integer.MAX_VALUE - 16) {
            throw new GdsFormatException("file of " + size + " bytes is larger than this reader's 2 GB limit", 0, 0, "");
        }
        return read(Files.readAllBytes(file));
    }

    public static GdsLibrary read(byte[] data) throws GdsFormatException {
        return new LibraryParser(data).parse();
    }
}
