package org.alliance.review.domain.selection;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Selection's answer for one application: funded with its grade (null where the tier is not graded)
 * and amount, or not funded with the reason; {@code rank} is its place in the ranking (1 = best) for
 * the applications that competed, null for those that did not (rejected, not signed off).
 */
public record Decision(UUID applicationId, UUID studioId, String regionCode, boolean funded, String grade,
        Long amountRmb, Reason reason, BigDecimal score, Integer rank) {
}
