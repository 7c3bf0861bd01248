package org.alliance.application.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.alliance.common.time.ChinaClockProvider;

/** The service's clock in tests: the system clock until a test sets China wall-clock time. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {

    private volatile Instant fixed;

    /** Stops the clock at this wall-clock time in Beijing. */
    public void setChinaTime(LocalDateTime chinaTime) {
        fixed = chinaTime.atZone(ChinaClockProvider.CHINA).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ChinaClockProvider.CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = instant();
        return Clock.fixed(at, zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }
}
