package org.jjmask.bench;

import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code java -cp bench/target/benchmarks.jar org.jjmask.bench.FlatWrite N FILE [VERTICES] [--fsync]}:
 * writes N flat holes (32-gons unless VERTICES says otherwise) to FILE and prints one line of
 * figures; {@code --fsync} includes forcing the file to the disk, to compare with
 * {@code dd conv=fdatasync}. Memory does not grow with N: {@code -Xmx64m} with N = 10<sup>7</sup>
 * succeeds.
 */
public final class FlatWrite {

    private FlatWrite() {
    }

    public static void main(String[] args) throws Exception {
        boolean sync = args.length > 0 && args[args.length - 1].equals("--fsync");
        int n0 = sync ? args.length - 1 : args.length;
        if (n0 < 2 || n0 > 3) {
            System.err.println("usage: FlatWrite N FILE [VERTICES] [--fsync]");
            System.exit(2);
        }
        long n = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        int vertices = n0 > 2 ? Integer.parseInt(args[2]) : 32;
        long t0 = System.nanoTime();
        long bytes;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            bytes = FlatHoles.write(out, n, vertices);
            if (sync) {
                channel.force(false);
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("FlatWrite holes=%d vertices=%d bytes=%d fsync=%b seconds=%.3f holes_per_s=%.0f MB_per_s=%.1f%n",
            n, vertices, bytes, sync, s, n / s, bytes / 1e6 / s);
    }
}
