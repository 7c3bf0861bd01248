package org.alliance.bench;

import java.util.Arrays;

/** Latencies of one phase in milliseconds, from start and end nanoTimes by sequence number. */
record Latencies(long expected, long measured, long[] micros) {

    static Latencies of(long firstSeq, long count, Timestamps starts, Timestamps ends) {
        long[] values = new long[(int) count];
        int n = 0;
        for (long seq = firstSeq; seq < firstSeq + count; seq++) {
            if (starts.has(seq) && ends.has(seq)) {
                // the apply can be seen a hair before the writer's callback runs: that is 0, not negative
                values[n++] = Math.max(0, (ends.get(seq) - starts.get(seq)) / 1_000);
            }
        }
        long[] measured = Arrays.copyOf(values, n);
        Arrays.sort(measured);
        return new Latencies(count, n, measured);
    }

    double percentileMillis(double p) {
        if (micros.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * micros.length) - 1;
        return micros[Math.max(0, Math.min(index, micros.length - 1))] / 1000.0;
    }

    long lost() {
        return expected - measured;
    }
}
