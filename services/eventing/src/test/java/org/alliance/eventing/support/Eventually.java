package org.alliance.eventing.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition that asynchronous work makes true, failing with a description when it does not. */
public final class Eventually {

    private Eventually() {
    }

    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting until " + what);
            }
            sleep(50);
        }
    }

    /** Polls {@code value} until it equals {@code expected}; reports the last value seen. */
    public static <T> void equals(Duration timeout, String what, T expected, Supplier<T> value) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!expected.equals(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + " to be " + expected
                        + "; last seen " + last);
            }
            sleep(50);
            last = value.get();
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
