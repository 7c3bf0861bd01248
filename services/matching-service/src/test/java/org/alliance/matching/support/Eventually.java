package org.alliance.matching.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls until a condition holds, for effects that arrive through Kafka. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T until(String what, Duration timeout, Supplier<T> probe, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = probe.get();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out waiting for " + what + "; last seen: " + last);
    }
}
