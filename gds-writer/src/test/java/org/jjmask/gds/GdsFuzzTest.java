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
 * GdsFormatException, never anything else, and each mutant finishes quickly. Mutations: byte
 * and bit flips, truncation, corrupted length fields, deleted, duplicated and random records,
 * and targeted ones: a huge record at the end, stray ENDSTR/BGNSTR, COLROW of 0 / negative /
 * 32768, MAG/ANGLE with extreme or unnormalised real8 bytes (0x7F/0xFF exponent), and XY point
 * counts that do not fit the element. The count is {@value #MUTANTS_PROPERTY} (default 10,000).
 */
class GdsFuzzTest {

    private static final long SEED = 0x6D61736BL;
    /** Mutants per run: 10,000 by default; the {@code fuzz} Maven profile (-Pfuzz) sets 100,000. */
    static final String MUTANTS_PROPERTY = "jjmask.fuzz.mutants";
    private static final int MUTANTS = Integer.getInteger(MUTANTS_PROPERTY, 10_000);
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
            int kind = r.nextInt(12);
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
                case 7 -> b = hugeRecordAtTheEnd(b, starts, r);
                case 8 -> { // a stray ENDSTR, or BGNSTR (+ STRNAME), at a record boundary
                    int where = starts[r.nextInt(starts.length)];
                    byte[] rec = switch (r.nextInt(3)) {
                        case 0 -> new byte[] {0, 4, 0x07, 0x00};
                        case 1 -> concat(record(RecordType.BGNSTR, new byte[24]), record(RecordType.STRNAME, new byte[] {'H', 'O', 'L', 'E'}));
                        default -> record(RecordType.BGNSTR, new byte[24]);
                    };
                    b = concat(Arrays.copyOfRange(b, 0, where), rec, Arrays.copyOfRange(b, where, b.length));
                }
                case 9 -> { // COLROW of 0, negative, 32767, 32768, 65535
                    int[] colrows = recordsOfType(b, starts, RecordType.COLROW);
                    if (colrows.length > 0) {
                        b = b.clone();
                        int at = colrows[r.nextInt(colrows.length)];
                        int[] values = {0, 1, -1, -32768, 32767, 32768, 65535, r.nextInt(65536)};
                        int field = at + 4 + 2 * r.nextInt(2);
                        if (field + 2 <= b.length) {
                            int v = values[r.nextInt(values.length)];
                            b[field] = (byte) (v >>> 8);
                            b[field + 1] = (byte) v;
                        }
                    }
                }
                case 10 -> { // MAG or ANGLE with exponent byte 0x7F / 0xFF / 0x00 and random or zero mantissa
                    int[] reals = concatInts(recordsOfType(b, starts, RecordType.MAG), recordsOfType(b, starts, RecordType.ANGLE));
                    if (reals.length > 0) {
                        b = b.clone();
                        int at = reals[r.nextInt(reals.length)] + 4;
                        int[] exponents = {0x7F, 0xFF, 0x00, 0x80, 0x40 + r.nextInt(64)};
                        if (at + 8 <= b.length) {
                            b[at] = (byte) exponents[r.nextInt(exponents.length)];
                            boolean zeroMantissa = r.nextInt(4) == 0;
                            for (int i = 1; i < 8; i++) {
                                b[at + i] = (byte) (zeroMantissa ? 0 : r.nextBoolean() ? 0xFF : r.nextInt(256));
                            }
                        }
                    }
                }
                case 11 -> { // an XY record with a point count wrong for its element (0, 1, 2, 3, 5 or many points)
                    int[] xys = recordsOfType(b, starts, RecordType.XY);
                    if (xys.length > 0) {
                        int i = indexOf(starts, xys[r.nextInt(xys.length)]);
                        int from = starts[i];
                        int to = i + 1 < starts.length ? starts[i + 1] : b.length;
                        int[] counts = {0, 1, 2, 3, 4, 5, 8191, r.nextInt(40)};
                        int points = counts[r.nextInt(counts.length)];
                        byte[] payload = new byte[8 * points];
                        for (int k2 = 0; k2 < payload.length; k2++) {
                            payload[k2] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : 0);
                        }
                        b = concat(Arrays.copyOfRange(b, 0, from), record(RecordType.XY, payload), Arrays.copyOfRange(b, to, b.length));
                    }
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

    /** The last record (ENDLIB, or whatever ends the file) gets, or is followed by, a length the file cannot hold. */
    private static byte[] hugeRecordAtTheEnd(byte[] b, int[] starts, SplittableRandom r) {
        int[] lengths = {0xFFFF, 0xFFFE, 0x8000, 0x7FFE, 0x1000 + 2 * r.nextInt(0x7000)};
        int length = lengths[r.nextInt(lengths.length)];
        if (r.nextBoolean()) {
            byte[] c = b.clone();
            int at = starts[starts.length - 1];
            c[at] = (byte) (length >>> 8);
            c[at + 1] = (byte) length;
            return c;
        }
        int[] ids = {RecordType.XY, RecordType.ENDLIB, RecordType.BOUNDARY, r.nextInt(65536)};
        int id = ids[r.nextInt(ids.length)];
        byte[] tail = new byte[4 + r.nextInt(16)];
        tail[0] = (byte) (length >>> 8);
        tail[1] = (byte) length;
        tail[2] = (byte) (id >>> 8);
        tail[3] = (byte) id;
        return concat(b, tail);
    }

    /** Offsets of the records of type {@code id} (record type and data type bytes). */
    private static int[] recordsOfType(byte[] b, int[] starts, int id) {
        return Arrays.stream(starts)
            .filter(at -> at + 4 <= b.length && (((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF)) == id)
            .toArray();
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException(value + " not found");
    }

    private static int[] concatInts(int[] a, int[] c) {
        int[] out = Arrays.copyOf(a, a.length + c.length);
        System.arraycopy(c, 0, out, a.length, c.length);
        return out;
    }

    /** A record header plus payload (at most 65531 bytes: 8191 points fill the unsigned length field). */
    private static byte[] record(int id, byte[] payload) {
        byte[] rec = new byte[4 + payload.length];
        int length = rec.length;
        rec[0] = (byte) (length >>> 8);
        rec[1] = (byte) length;
        rec[2] = (byte) (id >>> 8);
        rec[3] = (byte) id;
        System.arraycopy(payload, 0, rec, 4, payload.length);
        return rec;
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
        // warm-up on another seed, so that "slowest" measures a mutant, not class loading and the JIT
        SplittableRandom warmUp = new SplittableRandom(SEED + 1);
        for (int m = 0; m < 2000; m++) {
            try {
                GdsInspector.inspect(GdsReader.read(mutate(seeds.get(m % seeds.size()), warmUp)));
            } catch (GdsFormatException | RuntimeException ignored) {
                // judged below, on the seeded mutants
            }
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int ok = 0;
        int rejected = 0;
        long slowest = 0;
        int slowestMutant = -1;
        long begin = System.nanoTime();
        for (int m = 0; m < MUTANTS; m++) {
            byte[] mutant = mutate(seeds.get(m % seeds.size()), random);
            long start = System.nanoTime();
            GdsFormatException rejection = null;
            try {
                GdsInspector.inspect(GdsReader.read(mutant));
            } catch (GdsFormatException expected) {
                rejection = expected;
            } catch (Throwable t) {
                fail("mutant " + m + " (seed " + SEED + ") threw " + t, t);
            }
            long took = System.nanoTime() - start; // the reader's time, not the assertions'
            if (rejection == null) {
                ok++;
            } else {
                rejected++;
                assertThat(rejection.byteOffset()).as("mutant %d: %s", m, rejection.getMessage())
                    .isBetween(-1L, (long) mutant.length);
            }
            if (took > slowest) {
                slowest = took;
                slowestMutant = m;
            }
            assertThat(took).as("time for mutant %d", m).isLessThan(MAX_NANOS_PER_MUTANT);
        }
        assertThat(ok + rejected).isEqualTo(MUTANTS);
        assertThat(rejected).as("most mutations break something").isGreaterThan(MUTANTS / 4);
        assertThat(ok).as("some mutations keep the file valid").isPositive();
        System.out.printf("fuzz: %d mutants (seed %d) in %.1f s: %d read, %d rejected, slowest mutant %d took %.1f ms%n",
            MUTANTS, SEED, (System.nanoTime() - begin) / 1e9, ok, rejected, slowestMutant, slowest / 1e6);
    }
}
