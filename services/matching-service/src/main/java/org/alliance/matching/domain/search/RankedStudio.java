package org.alliance.matching.domain.search;

import java.util.UUID;

/** One proposal: the studio, its score and rank, and why. */
public record RankedStudio(UUID studioId, double score, int rank, Explanation explanation) {
}
