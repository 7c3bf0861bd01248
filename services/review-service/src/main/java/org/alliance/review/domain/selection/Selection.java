package org.alliance.review.domain.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The funding decision of a call when the city union closes its review: a pure function of the
 * call's rules and its applications, so the preview and the final decision are the same.
 *
 * <p>Ranking: aggregate score, highest first; equal scores by earlier submission, then by the
 * application id's text (its canonical lower-case form), so the order never depends on input order.
 * A patent boost is not scored (the rules and the city union's sign-off qualify it): its applications
 * rank by submission alone, first come first funded, and any score a case may carry is ignored, so
 * the application service's submission time, then the id, decide who gets the budget.
 *
 * <p>Walk: first, where the call balances regions ({@code regionMinimumPlaces} = k), each region's
 * best k fundable applications are funded, in rank order; then every application in rank order is
 * funded if it still passes every check, otherwise it is not funded with the first check it fails:
 * scored, at least the minimum score, an amount for its tier and grade, its studio below the call's
 * funded limit, every quota covering its region below its places, the call's places not filled, its
 * amount within what is left of the budget. An application that does not fit the budget does not stop
 * the walk: a later, cheaper one may still fit.
 *
 * <p>Grades: where the call pays a tier by grade, an application scoring at least the grade-A score
 * gets A, below it B; its amount is the call's for that tier and grade.
 */
public final class Selection {

    private Selection() {
    }

    /** The stable ranking order. */
    public static final Comparator<Candidate> RANKING = Comparator
            .comparing(Candidate::score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(Candidate::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.applicationId().toString());

    public static SelectionResult select(CallRules rules, List<Candidate> candidates) {
        List<Candidate> competing = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        for (Candidate given : candidates) {
            Candidate c = rules.kind().scored() ? given : given.unscored();
            (c.standing() == Candidate.Standing.SIGNED_OFF ? competing : others).add(c);
        }
        competing.sort(RANKING);
        others.sort(Comparator.comparing((Candidate c) -> c.standing()).thenComparing(RANKING));

        Walk walk = new Walk(rules);
        Decision[] decided = new Decision[competing.size()];
        if (rules.regionMinimumPlaces() > 0) {
            Map<String, Integer> fundedInRegion = new HashMap<>();
            for (int i = 0; i < decided.length; i++) {
                Candidate c = competing.get(i);
                if (fundedInRegion.getOrDefault(c.regionCode(), 0) < rules.regionMinimumPlaces()) {
                    Decision d = walk.decide(c, i + 1);
                    if (d.funded()) {
                        decided[i] = d;
                        fundedInRegion.merge(c.regionCode(), 1, Integer::sum);
                    }
                }
            }
        }
        List<Decision> decisions = new ArrayList<>(candidates.size());
        for (int i = 0; i < decided.length; i++) {
            decisions.add(decided[i] != null ? decided[i] : walk.decide(competing.get(i), i + 1));
        }
        for (Candidate c : others) {
            Reason reason = c.standing() == Candidate.Standing.REJECTED ? Reason.REJECTED_AT_SIGN_OFF : Reason.NOT_SIGNED_OFF;
            decisions.add(new Decision(c.applicationId(), c.studioId(), c.regionCode(), false, null, null, reason, c.score(), null));
        }
        return new SelectionResult(decisions, walk.funded, rules.budgetRmb() - walk.remaining, walk.remaining);
    }

    /** What has been granted so far, and the checks against it. */
    private static final class Walk {
        private final CallRules rules;
        private long remaining;
        private int funded;
        private final Map<UUID, Integer> fundedOfStudio = new HashMap<>();
        private final int[] fundedInQuota;
        private final Map<String, int[]> quotasOfRegion = new HashMap<>();

        Walk(CallRules rules) {
            this.rules = rules;
            this.remaining = rules.budgetRmb();
            this.fundedInQuota = new int[rules.quotas().size()];
        }

        /** Funds {@code c} if it passes every check (recording the grant), or says which check it fails first. */
        Decision decide(Candidate c, int rank) {
            Reason refusal = null;
            String grade = null;
            Long amount = null;
            if (rules.kind().scored() && c.score() == null) {
                refusal = Reason.NOT_SCORED;
            } else if (rules.kind().scored() && rules.minimumScore() != null && c.score().compareTo(rules.minimumScore()) < 0) {
                refusal = Reason.BELOW_THRESHOLD;
            } else {
                grade = grade(c);
                amount = amount(c.tier(), grade);
                if (amount == null) {
                    refusal = Reason.NO_AMOUNT_FOR_TIER;
                } else if (countsPerStudio(c) && fundedOfStudio.getOrDefault(c.studioId(), 0) >= rules.maxFundedPerStudio()) {
                    refusal = Reason.STUDIO_ALREADY_FUNDED;
                } else if (quotaReached(c.regionCode())) {
                    refusal = Reason.QUOTA_REACHED;
                } else if (rules.places() != null && funded >= rules.places()) {
                    refusal = Reason.PLACES_FILLED;
                } else if (amount > remaining) {
                    refusal = Reason.BUDGET_EXHAUSTED;
                }
            }
            if (refusal != null) {
                return new Decision(c.applicationId(), c.studioId(), c.regionCode(), false, null, null, refusal, c.score(), rank);
            }
            remaining -= amount;
            funded++;
            if (countsPerStudio(c)) {
                fundedOfStudio.merge(c.studioId(), 1, Integer::sum);
            }
            for (int q : quotasOf(c.regionCode())) {
                fundedInQuota[q]++;
            }
            return new Decision(c.applicationId(), c.studioId(), c.regionCode(), true, grade, amount, Reason.FUNDED, c.score(), rank);
        }

        /** A patent boost pays its inventor, not the studio: the per-studio limit is for the other kinds. */
        private boolean countsPerStudio(Candidate c) {
            return c.studioId() != null && rules.kind() != CallRules.Kind.PATENT_BOOST;
        }

        private String grade(Candidate c) {
            if (c.tier() == null || rules.gradeAScore() == null
                    || rules.amounts().stream().noneMatch(a -> c.tier().equals(a.tier()) && a.grade() != null)) {
                return null;
            }
            return c.score().compareTo(rules.gradeAScore()) >= 0 ? "A" : "B";
        }

        private Long amount(String tier, String grade) {
            for (CallRules.Amount a : rules.amounts()) {
                boolean tierMatches = a.tier() == null || a.tier().equals(tier);
                boolean gradeMatches = a.grade() == null ? grade == null : a.grade().equals(grade);
                if (tierMatches && gradeMatches) {
                    return a.amountRmb();
                }
            }
            return null;
        }

        private boolean quotaReached(String region) {
            for (int q : quotasOf(region)) {
                if (fundedInQuota[q] >= rules.quotas().get(q).places()) {
                    return true;
                }
            }
            return false;
        }

        private int[] quotasOf(String region) {
            return quotasOfRegion.computeIfAbsent(region == null ? "" : region, r -> {
                List<Integer> covering = new ArrayList<>();
                for (int q = 0; q < rules.quotas().size(); q++) {
                    if (covers(rules.quotas().get(q).regionCode(), r)) {
                        covering.add(q);
                    }
                }
                return covering.stream().mapToInt(Integer::intValue).toArray();
            });
        }
    }

    /**
     * GB/T 2260 containment, as the security library's RegionScope has it: a province (two digits then
     * 0000) covers its codes, a prefecture (four digits then 00) its counties, any other code itself.
     * Repeated here so the selection stays plain Java the benchmark compiles on its own.
     */
    public static boolean covers(String scope, String code) {
        if (scope == null || code == null || scope.length() != 6 || code.length() != 6) {
            return false;
        }
        if (scope.endsWith("0000")) {
            return code.startsWith(scope.substring(0, 2));
        }
        return scope.endsWith("00") ? code.startsWith(scope.substring(0, 4)) : scope.equals(code);
    }
}
