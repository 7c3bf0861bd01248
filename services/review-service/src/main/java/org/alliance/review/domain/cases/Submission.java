package org.alliance.review.domain.cases;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What a submitted or amended application brings to its case. */
public record Submission(UUID applicationId, UUID callId, int callYear, String kind, String regionCode, UUID studioId,
        String enterpriseName, String title, String industryDivision, long applicationVersion, OffsetDateTime at) {
}
