package org.alliance.bench.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.alliance.review.domain.selection.CallRules;
import org.alliance.review.domain.selection.Candidate;
import org.alliance.review.domain.selection.Decision;
import org.alliance.review.domain.selection.Reason;
import org.alliance.review.domain.selection.Selection;
import org.alliance.review.domain.selection.SelectionResult;

/**
 * The same rules written the first way that comes to mind: the ranking by picking the best remaining
 * application again and again, and every check by going through the grants made so far (the budget
 * spent, the studio's, each quota's, each region's). Same decisions as {@link Selection}, in quadratic time.
 */
final class NaiveSelection {

    private NaiveSelection() {
    }

    static SelectionResult select(CallRules rules, List<Candidate> candidates) {
        List<Candidate> remaining = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        for (Candidate c : candidates) {
            (c.standing() == Candidate.Standing.SIGNED_OFF ? remaining : others).add(c);
        }
        List<Candidate> ranked = new ArrayList<>();
        while (!remaining.isEmpty()) {
            int best = 0;
            for (int i = 1; i < remaining.size(); i++) {
                if (Selection.RANKING.compare(remaining.get(i), remaining.get(best)) < 0) {
                    best = i;
                }
            }
            ranked.add(remaining.remove(best));
        }
        List<Decision> granted = new ArrayList<>();
        Decision[] decided = new Decision[ranked.size()];
        if (rules.regionMinimumPlaces() > 0) {
            for (int i = 0; i < ranked.size(); i++) {
                Candidate c = ranked.get(i);
                long inRegion = granted.stream().filter(g -> g.regionCode().equals(c.regionCode())).count();
                if (inRegion < rules.regionMinimumPlaces()) {
                    Decision d = decide(rules, c, i + 1, granted);
                    if (d.funded()) {
                        decided[i] = d;
                        granted.add(d);
                    }
                }
            }
        }
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Decision d = decided[i];
            if (d == null) {
                d = decide(rules, ranked.get(i), i + 1, granted);
                if (d.funded()) {
                    granted.add(d);
                }
            }
            decisions.add(d);
        }
        others.sort(Comparator.comparing((Candidate c) -> c.standing()).thenComparing(Selection.RANKING));
        for (Candidate c : others) {
            decisions.add(new Decision(c.applicationId(), c.studioId(), c.regionCode(), false, null, null,
                    c.standing() == Candidate.Standing.REJECTED ? Reason.REJECTED_AT_SIGN_OFF : Reason.NOT_SIGNED_OFF, c.score(), null));
        }
        long spent = granted.stream().mapToLong(Decision::amountRmb).sum();
        return new SelectionResult(decisions, granted.size(), spent, rules.budgetRmb() - spent);
    }

    private static Decision decide(CallRules rules, Candidate c, int rank, List<Decision> granted) {
        Reason refusal = null;
        String grade = null;
        Long amount = null;
        if (rules.kind().scored() && c.score() == null) {
            refusal = Reason.NOT_SCORED;
        } else if (rules.kind().scored() && rules.minimumScore() != null && c.score().compareTo(rules.minimumScore()) < 0) {
            refusal = Reason.BELOW_THRESHOLD;
        } else {
            boolean graded = false;
            for (CallRules.Amount a : rules.amounts()) {
                graded |= c.tier() != null && c.tier().equals(a.tier()) && a.grade() != null;
            }
            if (graded && rules.gradeAScore() != null) {
                grade = c.score().compareTo(rules.gradeAScore()) >= 0 ? "A" : "B";
            }
            for (CallRules.Amount a : rules.amounts()) {
                if (amount == null && (a.tier() == null || a.tier().equals(c.tier()))
                        && (a.grade() == null ? grade == null : a.grade().equals(grade))) {
                    amount = a.amountRmb();
                }
            }
            long spent = granted.stream().mapToLong(Decision::amountRmb).sum();
            boolean perStudio = c.studioId() != null && rules.kind() != CallRules.Kind.PATENT_BOOST;
            long ofStudio = perStudio ? granted.stream().filter(g -> c.studioId().equals(g.studioId())).count() : 0;
            boolean quotaReached = false;
            for (CallRules.Quota q : rules.quotas()) {
                if (Selection.covers(q.regionCode(), c.regionCode())
                        && granted.stream().filter(g -> Selection.covers(q.regionCode(), g.regionCode())).count() >= q.places()) {
                    quotaReached = true;
                }
            }
            if (amount == null) {
                refusal = Reason.NO_AMOUNT_FOR_TIER;
            } else if (perStudio && ofStudio >= rules.maxFundedPerStudio()) {
                refusal = Reason.STUDIO_ALREADY_FUNDED;
            } else if (quotaReached) {
                refusal = Reason.QUOTA_REACHED;
            } else if (rules.places() != null && granted.size() >= rules.places()) {
                refusal = Reason.PLACES_FILLED;
            } else if (amount > rules.budgetRmb() - spent) {
                refusal = Reason.BUDGET_EXHAUSTED;
            }
        }
        if (refusal != null) {
            return new Decision(c.applicationId(), c.studioId(), c.regionCode(), false, null, null, refusal, c.score(), rank);
        }
        return new Decision(c.applicationId(), c.studioId(), c.regionCode(), true, grade, amount, Reason.FUNDED, c.score(), rank);
    }
}
