package org.alliance.review.domain.rubric;

import java.math.BigDecimal;

/**
 * One line of a call's rubric: an expert gives 0 to {@code maxPoints} points, counted {@code weight} times
 * in the total. A {@code bonus} line (the 高精尖 focus-industry bonus) is awarded only where it applies.
 */
public record Criterion(String code, String name, BigDecimal weight, BigDecimal maxPoints, boolean bonus) {
}
