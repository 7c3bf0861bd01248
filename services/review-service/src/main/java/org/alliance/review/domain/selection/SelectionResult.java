package org.alliance.review.domain.selection;

import java.util.List;

/** Every application's decision, competing ones in rank order first, and what the funded ones cost. */
public record SelectionResult(List<Decision> decisions, int funded, long fundedRmb, long remainingRmb) {
}
