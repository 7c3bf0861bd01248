package org.alliance.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock Bean Validation uses for {@code @Past}, {@code @PastOrPresent} and the like. Business dates
 * here (accreditation, adoption, call deadlines) are calendar dates in China, so "today" is today in
 * Beijing time whatever zone the server runs in: at 00:30 in Beijing a date of today is valid even
 * though UTC is still on yesterday.
 */
@ApplicationScoped
public class ChinaClockProvider implements ClockProvider {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Override
    public Clock getClock() {
        return Clock.system(CHINA);
    }
}
