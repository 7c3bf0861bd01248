package org.alliance.review.domain.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The terms of a call that decide its applications, as the application service published them when
 * the call froze ({@code call.published.v1}). Every number is the call's; none is in the code.
 *
 * @param maxFundedPerStudio funded applications per studio in the call (the Beijing plan: 1)
 * @param minimumScore the lowest aggregate score that may be funded; null: no threshold
 * @param gradeAScore a graded tier's application scoring at least this gets grade A, below it B
 * @param regionMinimumPlaces every region's best this many fundable applications go before the rest by rank
 * @param places the most applications funded in all (an achievement call's 60); null: the budget alone limits
 */
public record CallRules(UUID callId, Kind kind, String issuingRegion, long budgetRmb, List<Amount> amounts,
        List<Quota> quotas, int maxFundedPerStudio, BigDecimal minimumScore, BigDecimal gradeAScore,
        int regionMinimumPlaces, Integer places) {

    public enum Kind {
        PROJECT_BOOST, PATENT_BOOST, OUTSTANDING_ACHIEVEMENT;

        /** A patent boost is decided on the rules and the city's sign-off; the other kinds on expert scores. */
        public boolean scored() {
            return this != PATENT_BOOST;
        }
    }

    /** What the call pays: per tier and grade (a project call), or one flat amount (tier and grade null). */
    public record Amount(String tier, String grade, long amountRmb) {
    }

    /** At most {@code places} funded applications from the region (a province covers its cities). */
    public record Quota(String regionCode, int places) {
    }

    public CallRules {
        amounts = List.copyOf(amounts);
        quotas = List.copyOf(quotas);
    }
}
