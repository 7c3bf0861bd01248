package org.alliance.eventing.inbox;

import java.time.Duration;
import java.util.Map;

/** How one consumer connects and how hard it tries before a record becomes a dead letter. */
record InboxSettings(Map<String, Object> kafka, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
        Duration commitInterval, Duration sessionTimeout) {

    Duration backoff(int failedAttempts) {
        long millis = initialBackoff.toMillis() << Math.min(failedAttempts - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
