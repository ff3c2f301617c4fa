package org.jjmask.layout.drc;

/**
 * The film between every pair of neighbouring written holes (the necks of the junction network):
 * how many, the narrowest, the mean and the standard deviation (population), nm. Neighbours are
 * the lattice's nearest-neighbour bonds for holes on the orthogonal grid, and for scattered holes
 * the pairs whose centres are closer than {@link LayoutRules.Limits#neighbourNm()}; overlapping
 * pairs are no necks (they are {@code overlap} violations). Empty ({@code count == 0}, NaN figures)
 * when there is no neck.
 */
public record NeckStatistics(long count, double minNm, double meanNm, double stdNm) {

    public static final NeckStatistics NONE = new NeckStatistics(0, Double.NaN, Double.NaN, Double.NaN);

    public boolean present() {
        return count > 0;
    }

    /**
     * Accumulates necks, many alike at once, by Welford's update with weights (its merge is Chan,
     * Golub &amp; LeVeque's): a million equal necks give σ exactly 0, which a sum of squares does not.
     */
    static final class Accumulator {
        private long n;
        private double mean;
        private double m2;
        private double min = Double.NaN;

        void add(double valueNm, long times) {
            if (times <= 0) {
                return;
            }
            long total = n + times;
            double delta = valueNm - mean;
            mean += delta * times / total;
            m2 += times * delta * (valueNm - mean);
            n = total;
            min = Double.isNaN(min) ? valueNm : Math.min(min, valueNm);
        }

        void addAll(NeckStatistics s) {
            if (!s.present()) {
                return;
            }
            long total = n + s.count();
            double delta = s.meanNm() - mean;
            double otherM2 = s.stdNm() * s.stdNm() * s.count();
            m2 += otherM2 + delta * delta * ((double) n * s.count() / total);
            mean += delta * s.count() / total;
            n = total;
            min = Double.isNaN(min) ? s.minNm() : Math.min(min, s.minNm());
        }

        NeckStatistics statistics() {
            return n == 0 ? NONE : new NeckStatistics(n, min, mean, Math.sqrt(Math.max(0, m2 / n)));
        }
    }
}
