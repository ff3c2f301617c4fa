package org.jjmask.gds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of valid files: reading and inspecting either succeeds or throws
 * GdsFormatException, never anything else, and each mutant finishes quickly.
 */
class GdsFuzzTest {

    private static final long SEED = 0x6D61736BL;
    private static final int MUTANTS = 10_000;
    private static final long MAX_NANOS_PER_MUTANT = 1_000_000_000L;

    private static List<byte[]> seeds() {
        byte[] written = Gds.write(w -> {
            w.beginCell("HOLE");
            w.boundary(1, 0, Gds.regularPolygon(32, 35, 0, 0));
            w.boundary(2, 5, new int[] {0, 0, 10, 0, 10, 10});
            w.path(3, 0, 0, 10, new int[] {0, 0, 100, 0, 100, 100});
            w.path(3, 1, 1, 10, new int[] {0, 0, 50, 80});
            w.path(3, 2, 2, 10, new int[] {0, 0, 0, 80, 30, 80});
            w.path(3, 4, 10, 3, 7, new int[] {-5, -5, 60, 20});
            w.text(63, 0, 5, 5, "hole");
            w.endCell();
            w.beginCell("ROW");
            w.aref("HOLE", 40, 1, 0, 0, 100, 0, 0, 100);
            w.sref("HOLE", 0, -200, new Strans(true, false, false, 1.5, 30));
            w.endCell();
            w.beginCell("TOP");
            w.aref("ROW", 3, 50, 0, 0, 5000, 0, 0, 173);
            w.sref("ROW", -7000, 0, Strans.rotation(90));
            w.text(63, 1, 0, 0, "top label");
            w.endCell();
        });
        byte[] skewed = Gds.write(GdsWriterOptions.defaults().withAllowSkewedArrays(true), w -> {
            w.beginCell("A");
            w.boundary(1, 0, new int[] {0, 0, 10, 0, 0, 10});
            w.endCell();
            w.beginCell("B");
            w.aref("A", 70_000, 3, 0, 0, 10, 0, 5, 9);
            w.endCell();
        });
        byte[] crafted = GdsBytes.library().i16(RecordType.LIBDIRSIZE, 3).record(0x6206, new byte[] {'p', 'x'})
            .beginCell("C")
            .none(RecordType.BOX).i16(RecordType.LAYER, 5).i16(RecordType.BOXTYPE, 2)
            .i32(RecordType.XY, 0, 0, 30, 0, 30, 20, 0, 20, 0, 0).none(RecordType.ENDEL)
            .none(RecordType.BOUNDARY).i16(RecordType.ELFLAGS, 3).i32(RecordType.PLEX, 77).i16(RecordType.LAYER, 1)
            .i16(RecordType.DATATYPE, 0).i32(RecordType.XY, 0, 0, 1, 0, 1, 1, 0, 0)
            .i16(RecordType.PROPATTR, 1).str(RecordType.PROPVALUE, "dose").none(RecordType.ENDEL)
            .none(0x5600).i16(RecordType.LAYER, 1).i32(RecordType.XY, 0, 0, 50, 0).none(RecordType.ENDEL)
            .none(RecordType.TEXT).i16(RecordType.LAYER, 10).i16(RecordType.TEXTTYPE, 1)
            .i16(RecordType.PRESENTATION, 5).i16(RecordType.STRANS, 0x8000).real8(RecordType.MAG, 2)
            .i32(RecordType.XY, 1, 2).str(RecordType.STRING, "t").none(RecordType.ENDEL)
            .endCell()
            .beginCell("D").none(RecordType.SREF).str(RecordType.SNAME, "C").i16(RecordType.STRANS, 0x8004)
            .real8(RecordType.MAG, 3).real8(RecordType.ANGLE, 33).i32(RecordType.XY, 5, 5).none(RecordType.ENDEL)
            .endCell().endLibrary().bytes();
        return List.of(written, skewed, crafted);
    }

    /** Offsets of the record starts of a valid file. */
    private static int[] recordStarts(byte[] b) {
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        while (at + 4 <= b.length) {
            starts.add(at);
            int length = ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
            if (length < 4) {
                break;
            }
            at += length;
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static byte[] mutate(byte[] original, SplittableRandom r) {
        byte[] b = original;
        int rounds = 1 + r.nextInt(3);
        for (int k = 0; k < rounds; k++) {
            int[] starts = recordStarts(b);
            if (b.length == 0 || starts.length == 0) {
                return b;
            }
            int kind = r.nextInt(7);
            switch (kind) {
                case 0 -> { // byte flips
                    b = b.clone();
                    int flips = 1 + r.nextInt(4);
                    for (int i = 0; i < flips; i++) {
                        b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                    }
                }
                case 1 -> { // bit flip
                    b = b.clone();
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
                case 2 -> b = Arrays.copyOf(b, r.nextInt(b.length)); // truncation
                case 3 -> { // corrupt a length field
                    b = b.clone();
                    int at = starts[r.nextInt(starts.length)];
                    int[] lengths = {0, 1, 2, 3, 4, 5, 6, 7, 0xFFFF, 0xFFFE, 0x8000, 0x7FFF, r.nextInt(65536)};
                    int length = lengths[r.nextInt(lengths.length)];
                    if (r.nextBoolean()) {
                        int old = ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
                        length = old + (r.nextBoolean() ? 2 : -2) * (1 + r.nextInt(4));
                    }
                    b[at] = (byte) (length >>> 8);
                    b[at + 1] = (byte) length;
                }
                case 4 -> { // delete a record
                    int i = r.nextInt(starts.length);
                    int from = starts[i];
                    int to = i + 1 < starts.length ? starts[i + 1] : b.length;
                    b = concat(Arrays.copyOfRange(b, 0, from), Arrays.copyOfRange(b, to, b.length));
                }
                case 5 -> { // duplicate a record somewhere else
                    int i = r.nextInt(starts.length);
                    int from = starts[i];
                    int to = i + 1 < starts.length ? starts[i + 1] : b.length;
                    int where = starts[r.nextInt(starts.length)];
                    b = concat(Arrays.copyOfRange(b, 0, where), Arrays.copyOfRange(b, from, to),
                        Arrays.copyOfRange(b, where, b.length));
                }
                default -> { // insert a random record (random id, random payload)
                    int where = starts[r.nextInt(starts.length)];
                    int payload = 2 * r.nextInt(12);
                    byte[] rec = new byte[4 + payload];
                    rec[0] = (byte) ((4 + payload) >>> 8);
                    rec[1] = (byte) (4 + payload);
                    rec[2] = (byte) r.nextInt(0x3C);
                    rec[3] = (byte) (r.nextBoolean() ? r.nextInt(7) : r.nextInt(256));
                    for (int i = 4; i < rec.length; i++) {
                        rec[i] = (byte) r.nextInt(256);
                    }
                    b = concat(Arrays.copyOfRange(b, 0, where), rec, Arrays.copyOfRange(b, where, b.length));
                }
            }
        }
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void mutantsEitherReadOrFailWithGdsFormatException() {
        List<byte[]> seeds = seeds();
        for (byte[] s : seeds) {
            Gds.inspect(s); // the seeds themselves are valid
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int ok = 0;
        int rejected = 0;
        long slowest = 0;
        for (int m = 0; m < MUTANTS; m++) {
            byte[] mutant = mutate(seeds.get(m % seeds.size()), random);
            long start = System.nanoTime();
            try {
                GdsInspector.inspect(GdsReader.read(mutant));
                ok++;
            } catch (GdsFormatException expected) {
                rejected++;
                assertThat(expected.byteOffset()).isBetween(-1L, (long) mutant.length);
            } catch (Throwable t) {
                fail("mutant " + m + " (seed " + SEED + ") threw " + t, t);
            }
            long took = System.nanoTime() - start;
            slowest = Math.max(slowest, took);
            assertThat(took).as("time for mutant %d", m).isLessThan(MAX_NANOS_PER_MUTANT);
        }
        assertThat(ok + rejected).isEqualTo(MUTANTS);
        assertThat(rejected).as("most mutations break something").isGreaterThan(MUTANTS / 4);
        assertThat(ok).as("some mutations keep the file valid").isPositive();
        System.out.printf("fuzz: %d read, %d rejected, slowest %.1f ms%n", ok, rejected, slowest / 1e6);
    }
}
