package org.alliance.application.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.alliance.common.time.ChinaClockProvider;

/**
 * The clock every window, deadline and "today" of this service reads: China time, so a call closing
 * on 15 November closes at midnight in Beijing whatever zone the server runs in. Tests put their own
 * clock in its place.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock chinaClock() {
        return Clock.system(ChinaClockProvider.CHINA);
    }
}
