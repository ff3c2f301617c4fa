package org.jjmask.gds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * Reads a whole GDSII stream into a {@link GdsLibrary}. Any byte sequence either reads or fails
 * with a {@link GdsFormatException} that names the byte offset, record number and cell; nothing
 * else escapes, and nothing is allocated from a length in the file without bounding it by the
 * bytes that are actually there.
 *
 * <p>A file is read through a fixed 1 MB window, not into memory first: the bytes of the file
 * cost no heap and its size has no limit (the library model read from it still does).
 */
public final class GdsReader {

    private GdsReader() {
    }

    public static GdsLibrary read(java.nio.file.Path file) throws GdsFormatException, IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new LibraryParser(new RecordReader(channel)).parse();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public static GdsLibrary read(byte[] data) throws GdsFormatException {
        return new LibraryParser(new RecordReader(data)).parse();
    }
}
