package org.alliance.review.domain.assignment;

import java.util.ArrayList;
import java.util.List;

/**
 * How relevant an expert is to a case: the case's industry division among the expert's divisions
 * weighs {@value #DIVISION_POINTS}, each of the expert's keywords found in the case's text one point.
 * The terms say which matched, so a coordinator sees why.
 */
public record Relevance(int score, List<String> terms) {

    static final int DIVISION_POINTS = 3;

    public static Relevance of(ExpertProfile expert, CaseProfile reviewCase) {
        int score = 0;
        List<String> terms = new ArrayList<>();
        if (reviewCase.industryDivision() != null && expert.industryDivisions().contains(reviewCase.industryDivision())) {
            score += DIVISION_POINTS;
            terms.add("industry:" + reviewCase.industryDivision());
        }
        for (String keyword : expert.keywords()) {
            if (!keyword.isEmpty() && reviewCase.text().contains(keyword)) {
                score++;
                terms.add("keyword:" + keyword);
            }
        }
        return new Relevance(score, List.copyOf(terms));
    }
}
