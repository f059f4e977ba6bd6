package id.balai.compliance.domain;

/**
 * Working days from receipt to written notice, counted per value: bucket i holds the requests noticed i working days
 * after receipt (the last bucket, {@value #BUCKETS} - 1, holds that many and more). Days' histograms add up, and
 * because working days are whole numbers a percentile read from the merged histogram is exact.
 */
public final class NoticeHistogram {
    public static final int BUCKETS = 61;

    private NoticeHistogram() {
    }

    public static int bucket(int workingDays) {
        return Math.max(0, Math.min(BUCKETS - 1, workingDays));
    }

    /**
     * The nearest-rank percentile: the smallest value v such that at least {@code ceil(p/100 * n)} requests took v
     * working days or fewer (the median of 1, 2, 3, 4 is 2). Null when the histogram is empty.
     */
    public static Integer percentile(long[] histogram, double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("p in (0, 100]");
        }
        long n = 0;
        for (long c : histogram) {
            n += c;
        }
        if (n == 0) {
            return null;
        }
        long rank = (long) Math.ceil(p / 100.0 * n);
        long cumulative = 0;
        for (int v = 0; v < histogram.length; v++) {
            cumulative += histogram[v];
            if (cumulative >= rank) {
                return v;
            }
        }
        return histogram.length - 1;
    }
}
