package org.alliance.review.domain.assignment;

import java.util.UUID;

/** An expert excluded from a case, with the reason and a sentence a coordinator reads. */
public record Conflict(UUID expertId, ConflictReason reason, String explanation) {
}
