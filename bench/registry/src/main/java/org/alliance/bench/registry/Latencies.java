package org.alliance.bench.registry;

import java.util.Arrays;

/** Request latencies of one measured run, in nanoseconds, and what they come to. */
final class Latencies {

    private long[] values = new long[1 << 14];
    private int count;
    private int errors;
    private long elapsedNanos;

    void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    void error() {
        errors++;
    }

    void addElapsed(long nanos) {
        elapsedNanos += nanos;
    }

    /** Merges another run's figures into this one (several clients, several rounds). */
    synchronized void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.values[i]);
        }
        errors += other.errors;
        elapsedNanos += other.elapsedNanos;
    }

    int count() {
        return count;
    }

    int errors() {
        return errors;
    }

    double perSecond() {
        return count / (elapsedNanos / 1e9);
    }

    /** The latency at {@code percentile} (0-100) in milliseconds, nearest-rank. */
    double percentileMillis(double percentile) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }
}
