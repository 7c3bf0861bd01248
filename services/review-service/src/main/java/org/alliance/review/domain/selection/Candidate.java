package org.alliance.review.domain.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One application of the call as selection sees it when the city union closes the review.
 *
 * @param studioId null for a patent boost that names no studio
 * @param regionCode the application's GB/T 2260 region: quotas and regional balancing count by it
 * @param tier the studio's tier (StudioTier name) from the studio replica; null without a studio
 * @param score the aggregate expert score; null when not (completely) scored, and for patent boosts
 * @param submittedAt when the application was submitted; the second key of the ranking
 */
public record Candidate(UUID applicationId, UUID studioId, String regionCode, String tier, Standing standing,
        BigDecimal score, Instant submittedAt) {

    /** The same application without a score: what an unscored kind (a patent boost) ranks and reports. */
    public Candidate unscored() {
        return score == null ? this : new Candidate(applicationId, studioId, regionCode, tier, standing, null, submittedAt);
    }

    /** Where the application's sign-off stands when the review closes. */
    public enum Standing {
        /** Signed off by the city union: it competes for the budget. */
        SIGNED_OFF,
        /** Rejected at a sign-off level: its {@code application.decided} was published then. */
        REJECTED,
        /** Still at a lower level or returned and not amended when the review closed. */
        PENDING
    }
}
