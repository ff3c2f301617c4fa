/*
 * The XY Monte Carlo kernel of org.jjmask.physics.mc.XySimulation in plain C, for the ratio in
 * docs/BENCHMARKS.md: the same representation (unit vectors), the same CSR neighbour lists with
 * J cos A / J sin A weights, the same 1024-entry rotation table and one 64-bit random number per
 * Metropolis step (10 low bits: angle, 53 high bits: acceptance). Generator: L64X128 "mix" as in
 * Commons RNG's L64_X128_MIX (LCG + xorshift128 with the lea64 mixer, Steele & Vigna 2021).
 *
 *   gcc -O3 -march=native -o xy_kernel xy_kernel.c -lm && ./xy_kernel 128 200
 *
 * prints Metropolis and over-relaxation updates per second on one core.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define TABLE 1024

static uint64_t s_lcg = 0x123456789abcdefULL, s_add = 0x9e3779b97f4a7c15ULL | 1, x0 = 0xdeadbeefULL, x1 = 0xfeedfaceULL;

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static inline uint64_t next_long(void) {
    uint64_t s = s_lcg;
    uint64_t z = s + x0;
    z = (z ^ (z >> 32)) * 0xdaba0b6eb09322e3ULL;
    z = (z ^ (z >> 32)) * 0xdaba0b6eb09322e3ULL;
    z ^= z >> 32;
    s_lcg = 0xd1342543de82ef95ULL * s + s_add;
    uint64_t q0 = x0, q1 = x1;
    q1 ^= q0;
    x0 = rotl(q0, 24) ^ q1 ^ (q1 << 16);
    x1 = rotl(q1, 37);
    return z;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

int main(int argc, char **argv) {
    int L = argc > 1 ? atoi(argv[1]) : 128;
    int sweeps = argc > 2 ? atoi(argv[2]) : 200;
    double T = 0.9, beta = 1 / T;
    int n = L * L, deg = 4;
    int *start = malloc((n + 1) * sizeof(int)), *nbr = malloc(n * deg * sizeof(int));
    double *wc = malloc(n * deg * sizeof(double)), *ws = malloc(n * deg * sizeof(double));
    double *sx = malloc(n * sizeof(double)), *sy = malloc(n * sizeof(double));
    double rc[TABLE], rs[TABLE];
    for (int i = 0; i < n; i++) {
        int x = i % L, y = i / L;
        start[i] = i * deg;
        int nb[4] = {(x + 1) % L + y * L, (x + L - 1) % L + y * L, x + ((y + 1) % L) * L, x + ((y + L - 1) % L) * L};
        for (int k = 0; k < deg; k++) {
            nbr[i * deg + k] = nb[k];
            wc[i * deg + k] = 1.0;
            ws[i * deg + k] = 0.0;
        }
        double t = 2 * M_PI * (next_long() >> 11) * 0x1.0p-53;
        sx[i] = cos(t);
        sy[i] = sin(t);
    }
    start[n] = n * deg;
    double delta = 2.0 * sqrt(T);
    for (int k = 0; k < TABLE; k++) {
        double a = delta * (2 * k + 1 - TABLE) / TABLE;
        rc[k] = cos(a);
        rs[k] = sin(a);
    }
    long acc = 0;
    double t0 = now();
    for (int s = 0; s < sweeps; s++) {
        for (int i = 0; i < n; i++) {
            double hx = 0, hy = 0;
            for (int p = start[i]; p < start[i + 1]; p++) {
                int j = nbr[p];
                hx += wc[p] * sx[j] - ws[p] * sy[j];
                hy += ws[p] * sx[j] + wc[p] * sy[j];
            }
            uint64_t r = next_long();
            int k = (int) (r & (TABLE - 1));
            double ox = sx[i], oy = sy[i];
            double nx = rc[k] * ox - rs[k] * oy, ny = rs[k] * ox + rc[k] * oy;
            double de = (ox - nx) * hx + (oy - ny) * hy;
            if (de <= 0 || (r >> 11) * 0x1.0p-53 < exp(-beta * de)) {
                sx[i] = nx;
                sy[i] = ny;
                acc++;
            }
        }
    }
    double t1 = now();
    for (int s = 0; s < sweeps; s++) {
        for (int i = 0; i < n; i++) {
            double hx = 0, hy = 0;
            for (int p = start[i]; p < start[i + 1]; p++) {
                int j = nbr[p];
                hx += wc[p] * sx[j] - ws[p] * sy[j];
                hy += ws[p] * sx[j] + wc[p] * sy[j];
            }
            double h2 = hx * hx + hy * hy;
            if (h2 > 0) {
                double f = 2 * (sx[i] * hx + sy[i] * hy) / h2;
                sx[i] = f * hx - sx[i];
                sy[i] = f * hy - sy[i];
            }
        }
    }
    double t2 = now();
    double e = 0;
    for (int i = 0; i < n; i++) e += sx[i] + sy[i];
    printf("L=%d sweeps=%d acceptance=%.3f checksum=%.6f\n", L, sweeps, (double) acc / ((double) n * sweeps), e);
    printf("metropolis      %.1f M updates/s\n", (double) n * sweeps / (t1 - t0) / 1e6);
    printf("over-relaxation %.1f M updates/s\n", (double) n * sweeps / (t2 - t1) / 1e6);
    return 0;
}
