package org.alliance.registry.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The review service's decision on a studio's re-review (复评, reaccreditation.decided.v1): renewed
 * from {@code decidedOn} by the union {@code decidedBy}, or revoked on that day; {@code reasons} as
 * the review gave them, one per line.
 */
public record ReReviewDecision(UUID caseId, UUID studioId, boolean renewed, String reasons, String decidedBy,
        LocalDate decidedOn) {
}
