package org.jjmask.gds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GdsReader.read(Path)} streams a file through a 1 MB window; {@code read(byte[])} sees it
 * whole. On the benchmark's files, several windows long, both must give the same library, and
 * the same error at the same offset when the file is cut, wherever the cut falls relative to the
 * window's edges.
 */
class WindowedReadTest {

    private static final int WINDOW = RecordReader.WINDOW;

    @Test
    void fileAndBytesReadAlike(@TempDir Path dir) throws Exception {
        byte[] bytes = flat(20_000);          // 5.8 MB: records straddle every window edge
        Path file = dir.resolve("flat.gds");
        Files.write(file, bytes);
        GdsLibrary fromFile = GdsReader.read(file);
        GdsLibrary fromBytes = GdsReader.read(bytes);
        assertThat(fromFile.cells()).isEqualTo(fromBytes.cells());
        assertThat(fromFile.cells().get(0).elements()).hasSize(20_000);
        assertThat(fromFile.notes()).isEqualTo(fromBytes.notes()).isEmpty();
    }

    @Test
    void cutFilesFailAlike(@TempDir Path dir) throws Exception {
        byte[] whole = flat(8_000);           // 2.3 MB
        int[] cuts = {0, 1, 3, 4, 5, WINDOW - 4, WINDOW - 3, WINDOW - 1, WINDOW, WINDOW + 1, WINDOW + 2,
            WINDOW + 287, 2 * WINDOW - 2, 2 * WINDOW, 2 * WINDOW + 6, whole.length - 4, whole.length - 1};
        Path file = dir.resolve("cut.gds");
        for (int cut : cuts) {
            byte[] part = Arrays.copyOf(whole, cut);
            Files.write(file, part);
            GdsFormatException a = catchThrowableOfType(GdsFormatException.class, () -> GdsReader.read(file));
            GdsFormatException b = catchThrowableOfType(GdsFormatException.class, () -> GdsReader.read(part));
            assertThat(a).as("cut at %d", cut).isNotNull();
            assertThat(a.getMessage()).as("cut at %d", cut).isEqualTo(b.getMessage());
            assertThat(a.byteOffset()).isBetween(0L, (long) cut);
        }
    }

    @Test
    void trailingBytesAfterEndlibAreCountedAcrossWindows(@TempDir Path dir) throws Exception {
        byte[] lib = flat(10);
        byte[] padded = Arrays.copyOf(lib, lib.length + 3 * WINDOW);   // zeros: tape padding, no note
        Path file = dir.resolve("padded.gds");
        Files.write(file, padded);
        assertThat(GdsReader.read(file).notes()).isEmpty();
        padded[padded.length - 1] = 7;                                  // junk at the very end
        Files.write(file, padded);
        assertThat(GdsReader.read(file).notes()).isEqualTo(GdsReader.read(padded).notes())
            .anySatisfy(n -> assertThat(n).contains(3 * WINDOW + " byte(s) after ENDLIB"));
    }

    /** A flat cell of {@code holes} 32-gons, 140 nm across on a 200 nm grid (288 bytes each). */
    private static byte[] flat(int holes) throws Exception {
        int[] hole = new int[64];
        for (int k = 0; k < 32; k++) {
            hole[2 * k] = (int) Math.round(70 * Math.cos(2 * Math.PI * k / 32));
            hole[2 * k + 1] = (int) Math.round(70 * Math.sin(2 * Math.PI * k / 32));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GdsWriter w = GdsWriter.open(out, GdsWriterOptions.defaults())) {
            w.beginLibrary("FLAT", 1e-3, 1e-9, LocalDateTime.of(2024, 1, 1, 0, 0));
            w.beginCell("TOP");
            int side = (int) Math.ceil(Math.sqrt(holes));
            int[] xy = new int[64];
            for (int i = 0; i < holes; i++) {
                int dx = (i % side) * 200;
                int dy = (i / side) * 200;
                for (int k = 0; k < 32; k++) {
                    xy[2 * k] = hole[2 * k] + dx;
                    xy[2 * k + 1] = hole[2 * k + 1] + dy;
                }
                w.boundary(1, 0, xy);
            }
            w.endCell();
            w.endLibrary();
        }
        return out.toByteArray();
    }
}
