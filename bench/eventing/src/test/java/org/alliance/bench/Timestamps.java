package org.alliance.bench;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A nanoTime per sequence number, in one flat array: boxed maps of hundreds of thousands of entries
 * would be copied and scanned by every young collection, lengthening the very pauses the p99 shows.
 */
final class Timestamps {

    /** Sequence numbers a run may use (the default run uses about 300,000); 32 MB per instance. */
    static final int CAPACITY = 1 << 22;
    // stored relative to this, plus one, so that 0 means "not noted"
    private static final long ORIGIN = System.nanoTime() - 1;

    private final AtomicLongArray at = new AtomicLongArray(CAPACITY);

    void put(long seq, long nanoTime) {
        at.set(index(seq), nanoTime - ORIGIN);
    }

    boolean has(long seq) {
        return at.get(index(seq)) != 0;
    }

    long get(long seq) {
        return at.get(index(seq)) + ORIGIN;
    }

    private static int index(long seq) {
        if (seq < 0 || seq >= CAPACITY) {
            throw new IllegalArgumentException("sequence number " + seq + " beyond the benchmark's capacity of " + CAPACITY);
        }
        return (int) seq;
    }
}
