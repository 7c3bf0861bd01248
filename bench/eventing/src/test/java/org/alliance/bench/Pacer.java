package org.alliance.bench;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/** Open-loop load: starts the i-th operation at start + i/rate, whether or not earlier ones finished. */
final class Pacer {

    private Pacer() {
    }

    /** Runs {@code count} operations at {@code rate} per second; returns the seconds it took to issue them. */
    static double run(int rate, long count, LongConsumer operation) {
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            operation.accept(i);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
