package org.alliance.review.domain.scoring;

import java.math.BigDecimal;

/** An expert's points for one criterion of the rubric, with the comment that justifies them. */
public record ScoreItem(String criterion, BigDecimal points, String comment) {
}
