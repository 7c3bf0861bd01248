package org.alliance.application.domain.call;

import java.time.Clock;
import java.time.ZonedDateTime;
import org.alliance.common.time.ChinaClockProvider;

/**
 * Where a call stands: drafted (its terms may change), published (frozen, not yet open), open
 * (applications are taken), closed. The window is in China time: it opens at 00:00:00 of
 * {@code opensOn} and a submission at 23:59:59 of {@code closesOn} still counts, unless the issuing union
 * closed it earlier ({@code closedAt}).
 */
public enum CallPhase {
    DRAFTED, PUBLISHED, OPEN, CLOSED;

    public static CallPhase of(FundingCall call, Clock clock) {
        if (call.status == FundingCall.Status.DRAFTED) {
            return DRAFTED;
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ChinaClockProvider.CHINA));
        if (now.isBefore(call.opensOn.atStartOfDay(ChinaClockProvider.CHINA))) {
            return PUBLISHED;
        }
        if (call.closedAt != null && !now.toInstant().isBefore(call.closedAt.toInstant())) {
            return CLOSED;
        }
        return now.isBefore(call.closesOn.plusDays(1).atStartOfDay(ChinaClockProvider.CHINA)) ? OPEN : CLOSED;
    }
}
