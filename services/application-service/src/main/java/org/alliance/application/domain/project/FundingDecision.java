package org.alliance.application.domain.project;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The review side's decision on an application, as this service applies it. */
public record FundingDecision(UUID applicationId, UUID callId, UUID studioId, boolean funded, String grade, Long amountRmb,
        String reason, OffsetDateTime decidedAt) {
}
