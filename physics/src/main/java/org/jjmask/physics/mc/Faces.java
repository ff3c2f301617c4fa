package org.jjmask.physics.mc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The plaquettes of a planar network (or of a planar periodic one, on its torus), traced from the
 * bond vectors alone: at each island the outgoing bonds are sorted by angle, and a face is followed
 * by leaving every island along the bond just clockwise of the one it arrived by (the face stays on
 * the left, so bounded faces come out counter-clockwise with positive area). The outer face of an
 * open network comes out clockwise (negative area) and is dropped.
 *
 * <p>Face k runs over {@code bond(p), sign(p)} for p in [{@code start(k)}, {@code start(k+1)}):
 * sign +1 when the face traverses the bond from → to.
 */
public final class Faces {
    private final int[] start;
    private final int[] bond;
    private final int[] sign;
    private final double[] area;

    private Faces(int[] start, int[] bond, int[] sign, double[] area) {
        this.start = start;
        this.bond = bond;
        this.sign = sign;
        this.area = area;
    }

    static Faces trace(int n, int[] from, int[] to, double[] ex, double[] ey) {
        int m = from.length;
        // directed edge d: 2b = from→to, 2b+1 = to→from
        int[] degree = new int[n + 1];
        for (int b = 0; b < m; b++) {
            degree[from[b] + 1]++;
            degree[to[b] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            degree[i + 1] += degree[i];
        }
        Integer[] out = new Integer[2 * m];
        int[] fill = Arrays.copyOf(degree, n);
        for (int d = 0; d < 2 * m; d++) {
            out[fill[tail(d, from, to)]++] = d;
        }
        int[] position = new int[2 * m];
        for (int i = 0; i < n; i++) {
            Arrays.sort(out, degree[i], degree[i + 1],
                    Comparator.comparingDouble((Integer d) -> angle(d, ex, ey)).thenComparingInt(d -> d));
            for (int p = degree[i]; p < degree[i + 1]; p++) {
                position[out[p]] = p;
            }
        }
        boolean[] used = new boolean[2 * m];
        List<int[]> faceEdges = new ArrayList<>();
        List<Double> areas = new ArrayList<>();
        for (int d0 = 0; d0 < 2 * m; d0++) {
            if (used[d0]) {
                continue;
            }
            List<Integer> edges = new ArrayList<>();
            double px = 0;
            double py = 0;
            double twice = 0;
            int d = d0;
            while (!used[d]) {
                used[d] = true;
                edges.add(d);
                double vx = (d & 1) == 0 ? ex[d >> 1] : -ex[d >> 1];
                double vy = (d & 1) == 0 ? ey[d >> 1] : -ey[d >> 1];
                twice += px * (py + vy) - py * (px + vx);
                px += vx;
                py += vy;
                int head = tail(d ^ 1, from, to);
                int p = position[d ^ 1];
                int lo = degree[head];
                int hi = degree[head + 1];
                int prev = p == lo ? hi - 1 : p - 1;
                d = out[prev];
            }
            double a = 0.5 * twice;
            boolean closed = Math.abs(px) < 1e-9 * (1 + Math.abs(a)) && Math.abs(py) < 1e-9 * (1 + Math.abs(a));
            if (a > 1e-12 && closed) {
                faceEdges.add(edges.stream().mapToInt(Integer::intValue).toArray());
                areas.add(a);
            }
        }
        int total = faceEdges.stream().mapToInt(e -> e.length).sum();
        int[] start = new int[faceEdges.size() + 1];
        int[] bond = new int[total];
        int[] sign = new int[total];
        int p = 0;
        for (int k = 0; k < faceEdges.size(); k++) {
            start[k] = p;
            for (int d : faceEdges.get(k)) {
                bond[p] = d >> 1;
                sign[p] = (d & 1) == 0 ? 1 : -1;
                p++;
            }
        }
        start[faceEdges.size()] = p;
        return new Faces(start, bond, sign, areas.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static int tail(int d, int[] from, int[] to) {
        return (d & 1) == 0 ? from[d >> 1] : to[d >> 1];
    }

    private static double angle(int d, double[] ex, double[] ey) {
        double s = (d & 1) == 0 ? 1 : -1;
        return Math.atan2(s * ey[d >> 1], s * ex[d >> 1]);
    }

    public int count() {
        return area.length;
    }

    public double area(int k) {
        return area[k];
    }

    public int start(int k) {
        return start[k];
    }

    public int end(int k) {
        return start[k + 1];
    }

    public int bond(int p) {
        return bond[p];
    }

    public int sign(int p) {
        return sign[p];
    }

    /** Σ_k area(k). */
    public double totalArea() {
        return IntStream.range(0, area.length).mapToDouble(k -> area[k]).sum();
    }
}
