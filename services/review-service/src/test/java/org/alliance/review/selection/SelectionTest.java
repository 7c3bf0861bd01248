package org.alliance.review.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alliance.review.domain.selection.CallRules;
import org.alliance.review.domain.selection.Candidate;
import org.alliance.review.domain.selection.Decision;
import org.alliance.review.domain.selection.Reason;
import org.alliance.review.domain.selection.Selection;
import org.alliance.review.domain.selection.SelectionResult;
import org.junit.jupiter.api.Test;

/**
 * The selection rules on plain inputs: budget, one funded project per studio, regional quotas and
 * balancing, grade thresholds, places, patents, the stable tie-break, and every application's reason.
 * The call is Beijing's 2021 project call (seed 002): municipal studios A 100,000 / B 50,000 RMB,
 * district / bureau / group studios 30,000 RMB.
 */
class SelectionTest {

    static final String MUNICIPAL = "MUNICIPAL";
    static final String DISTRICT = "DISTRICT_BUREAU_GROUP";
    static final Instant T0 = Instant.parse("2021-10-01T02:00:00Z");

    static CallRules projectCall(long budget, List<CallRules.Quota> quotas, int regionMinimumPlaces) {
        return new CallRules(UUID.randomUUID(), CallRules.Kind.PROJECT_BOOST, "110000", budget,
                List.of(new CallRules.Amount(MUNICIPAL, "A", 100_000), new CallRules.Amount(MUNICIPAL, "B", 50_000),
                        new CallRules.Amount(DISTRICT, null, 30_000)),
                quotas, 1, new BigDecimal("60"), new BigDecimal("85"), regionMinimumPlaces, null);
    }

    static int seq;

    static Candidate signedOff(String region, String tier, String score) {
        return new Candidate(id(), UUID.randomUUID(), region, tier, Candidate.Standing.SIGNED_OFF,
                score == null ? null : new BigDecimal(score), T0.plusSeconds(seq++));
    }

    static Candidate ofStudio(UUID studio, String region, String tier, String score) {
        return new Candidate(id(), studio, region, tier, Candidate.Standing.SIGNED_OFF, new BigDecimal(score), T0.plusSeconds(seq++));
    }

    static UUID id() {
        return UUID.randomUUID();
    }

    static Map<UUID, Decision> byId(SelectionResult r) {
        return r.decisions().stream().collect(Collectors.toMap(Decision::applicationId, Function.identity()));
    }

    @Test
    void theBudgetFundsDownTheRankingUntilNothingMoreFits() {
        // 250,000: A (100k) + A (100k) + B (50k) = 250k exactly; the next B no longer fits, a district one (30k) neither
        CallRules call = projectCall(250_000, List.of(), 0);
        Candidate a1 = signedOff("110105", MUNICIPAL, "95");
        Candidate a2 = signedOff("110106", MUNICIPAL, "90");
        Candidate b1 = signedOff("110107", MUNICIPAL, "80");
        Candidate b2 = signedOff("110108", MUNICIPAL, "75");
        Candidate d1 = signedOff("110109", DISTRICT, "70");
        SelectionResult r = Selection.select(call, List.of(d1, b2, b1, a2, a1));
        Map<UUID, Decision> d = byId(r);
        assertFunded(d.get(a1.applicationId()), "A", 100_000, 1);
        assertFunded(d.get(a2.applicationId()), "A", 100_000, 2);
        assertFunded(d.get(b1.applicationId()), "B", 50_000, 3);
        assertNotFunded(d.get(b2.applicationId()), Reason.BUDGET_EXHAUSTED);
        assertNotFunded(d.get(d1.applicationId()), Reason.BUDGET_EXHAUSTED);
        assertEquals(3, r.funded());
        assertEquals(250_000, r.fundedRmb());
        assertEquals(0, r.remainingRmb());
    }

    @Test
    void anApplicationThatDoesNotFitLeavesTheRestToACheaperOneBelowIt() {
        CallRules call = projectCall(130_000, List.of(), 0);
        Candidate a1 = signedOff("110105", MUNICIPAL, "95");
        Candidate a2 = signedOff("110106", MUNICIPAL, "90");
        Candidate d1 = signedOff("110107", DISTRICT, "70");
        Map<UUID, Decision> d = byId(Selection.select(call, List.of(a1, a2, d1)));
        assertFunded(d.get(a1.applicationId()), "A", 100_000, 1);
        assertNotFunded(d.get(a2.applicationId()), Reason.BUDGET_EXHAUSTED);
        assertFunded(d.get(d1.applicationId()), null, 30_000, 3);
    }

    @Test
    void aStudioGetsOneFundedProjectPerCallItsBestOne() {
        CallRules call = projectCall(1_000_000, List.of(), 0);
        UUID studio = UUID.randomUUID();
        Candidate first = ofStudio(studio, "110105", MUNICIPAL, "88");
        Candidate second = ofStudio(studio, "110105", MUNICIPAL, "91");
        Candidate other = signedOff("110105", MUNICIPAL, "70");
        Map<UUID, Decision> d = byId(Selection.select(call, List.of(first, second, other)));
        assertFunded(d.get(second.applicationId()), "A", 100_000, 1);
        assertNotFunded(d.get(first.applicationId()), Reason.STUDIO_ALREADY_FUNDED);
        assertFunded(d.get(other.applicationId()), "B", 50_000, 3);
    }

    @Test
    void aRegionsQuotaCapsItsFundedApplicationsAndAProvinceQuotaCoversItsCities() {
        // 110105 (朝阳区) has 2 places; the next best from there gives way to 110108 (海淀区) below it
        CallRules call = projectCall(1_000_000, List.of(new CallRules.Quota("110105", 2)), 0);
        Candidate c1 = signedOff("110105", MUNICIPAL, "95");
        Candidate c2 = signedOff("110105", MUNICIPAL, "94");
        Candidate c3 = signedOff("110105", MUNICIPAL, "93");
        Candidate h1 = signedOff("110108", MUNICIPAL, "60");
        Map<UUID, Decision> d = byId(Selection.select(call, List.of(c1, c2, c3, h1)));
        assertTrue(d.get(c1.applicationId()).funded());
        assertTrue(d.get(c2.applicationId()).funded());
        assertNotFunded(d.get(c3.applicationId()), Reason.QUOTA_REACHED);
        assertFunded(d.get(h1.applicationId()), "B", 50_000, 4);

        CallRules anhui = new CallRules(UUID.randomUUID(), CallRules.Kind.PROJECT_BOOST, "340000", 1_000_000,
                call.amounts(), List.of(new CallRules.Quota("340600", 1)), 1, null, new BigDecimal("85"), 0, null);
        Candidate huaibeiCity = signedOff("340602", MUNICIPAL, "90");
        Candidate huaibeiCounty = signedOff("340621", MUNICIPAL, "89");
        Candidate hefei = signedOff("340102", MUNICIPAL, "50");
        Map<UUID, Decision> a = byId(Selection.select(anhui, List.of(huaibeiCity, huaibeiCounty, hefei)));
        assertTrue(a.get(huaibeiCity.applicationId()).funded());
        assertNotFunded(a.get(huaibeiCounty.applicationId()), Reason.QUOTA_REACHED);
        assertTrue(a.get(hefei.applicationId()).funded(), "no threshold in this call: 50 is fundable");
    }

    @Test
    void gradesFollowTheCallsThresholdsExactlyAtTheirEdges() {
        CallRules call = projectCall(10_000_000, List.of(), 0);
        Candidate atA = signedOff("110105", MUNICIPAL, "85.00");
        Candidate justBelowA = signedOff("110105", MUNICIPAL, "84.99");
        Candidate atMinimum = signedOff("110105", MUNICIPAL, "60");
        Candidate belowMinimum = signedOff("110105", MUNICIPAL, "59.99");
        Candidate districtHigh = signedOff("110105", DISTRICT, "99");
        Map<UUID, Decision> d = byId(Selection.select(call, List.of(atA, justBelowA, atMinimum, belowMinimum, districtHigh)));
        assertFunded(d.get(atA.applicationId()), "A", 100_000, 2);
        assertFunded(d.get(justBelowA.applicationId()), "B", 50_000, 3);
        assertFunded(d.get(atMinimum.applicationId()), "B", 50_000, 4);
        assertNotFunded(d.get(belowMinimum.applicationId()), Reason.BELOW_THRESHOLD);
        // a district / bureau / group studio is not graded: the call pays its tier one amount
        assertFunded(d.get(districtHigh.applicationId()), null, 30_000, 1);
    }

    @Test
    void equalScoresRankByEarlierSubmissionThenByApplicationIdWhateverTheInputOrder() {
        CallRules call = projectCall(200_000, List.of(), 0);
        Instant same = T0;
        List<Candidate> tied = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tied.add(new Candidate(UUID.randomUUID(), UUID.randomUUID(), "110105", MUNICIPAL, Candidate.Standing.SIGNED_OFF,
                    new BigDecimal("90"), i < 3 ? same : same.plusSeconds(60)));
        }
        List<UUID> expected = tied.stream()
                .sorted((x, y) -> x.submittedAt().equals(y.submittedAt())
                        ? x.applicationId().toString().compareTo(y.applicationId().toString())
                        : x.submittedAt().compareTo(y.submittedAt()))
                .map(Candidate::applicationId).toList();
        SelectionResult first = Selection.select(call, tied);
        assertEquals(expected, first.decisions().stream().map(Decision::applicationId).toList());
        assertEquals(List.of(true, true, false, false, false, false), first.decisions().stream().map(Decision::funded).toList());
        Random random = new Random(16);
        for (int round = 0; round < 20; round++) {
            List<Candidate> shuffled = new ArrayList<>(tied);
            Collections.shuffle(shuffled, random);
            assertEquals(first, Selection.select(call, shuffled), "the same inputs in another order decide the same");
        }
    }

    @Test
    void regionalBalancingFundsEveryRegionsBestBeforeTheRestByRank() {
        // without balancing Chaoyang's four strong applications take the whole budget
        List<Candidate> apps = List.of(signedOff("110105", MUNICIPAL, "95"), signedOff("110105", MUNICIPAL, "94"),
                signedOff("110105", MUNICIPAL, "93"), signedOff("110105", MUNICIPAL, "92"),
                signedOff("110108", MUNICIPAL, "70"), signedOff("110109", MUNICIPAL, "59"));
        SelectionResult rankOnly = Selection.select(projectCall(400_000, List.of(), 0), apps);
        assertEquals(List.of(true, true, true, true, false, false), rankOnly.decisions().stream().map(Decision::funded).toList());
        SelectionResult balanced = Selection.select(projectCall(400_000, List.of(), 1), apps);
        assertEquals(List.of(true, true, true, false, true, false), balanced.decisions().stream().map(Decision::funded).toList());
        assertEquals(50_000, balanced.decisions().get(4).amountRmb());
        assertEquals(Reason.BUDGET_EXHAUSTED, balanced.decisions().get(3).reason());
        // balancing never funds what the rules refuse: 110109's 59 stays below the threshold
        assertEquals(Reason.BELOW_THRESHOLD, balanced.decisions().get(5).reason());
    }

    @Test
    void rejectedAndUnfinishedApplicationsGetTheirReasonAndNoRank() {
        CallRules call = projectCall(1_000_000, List.of(), 0);
        Candidate ok = signedOff("110105", MUNICIPAL, "90");
        Candidate unscored = signedOff("110105", MUNICIPAL, null);
        Candidate rejected = new Candidate(id(), UUID.randomUUID(), "110105", MUNICIPAL, Candidate.Standing.REJECTED, null, T0);
        Candidate pending = new Candidate(id(), UUID.randomUUID(), "110105", MUNICIPAL, Candidate.Standing.PENDING, null, T0);
        SelectionResult r = Selection.select(call, List.of(pending, rejected, unscored, ok));
        assertEquals(List.of(ok.applicationId(), unscored.applicationId(), rejected.applicationId(), pending.applicationId()),
                r.decisions().stream().map(Decision::applicationId).toList());
        assertNotFunded(r.decisions().get(1), Reason.NOT_SCORED);
        assertNotFunded(r.decisions().get(2), Reason.REJECTED_AT_SIGN_OFF);
        assertNull(r.decisions().get(2).rank());
        assertNotFunded(r.decisions().get(3), Reason.NOT_SIGNED_OFF);
    }

    @Test
    void patentBoostsAreFundedAtTheCallsAmountInSubmissionOrderWithinTheBudget() {
        CallRules patents = new CallRules(UUID.randomUUID(), CallRules.Kind.PATENT_BOOST, "110000", 9_000,
                List.of(new CallRules.Amount(null, null, 3_000)), List.of(), 1, null, null, 0, null);
        UUID studio = UUID.randomUUID();
        List<Candidate> apps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // one studio's inventors: the per-studio limit is not a patent rule
            apps.add(new Candidate(id(), studio, "110105", MUNICIPAL, Candidate.Standing.SIGNED_OFF, null, T0.plusSeconds(i)));
        }
        SelectionResult r = Selection.select(patents, List.of(apps.get(3), apps.get(1), apps.get(0), apps.get(2)));
        assertEquals(apps.stream().map(Candidate::applicationId).toList(), r.decisions().stream().map(Decision::applicationId).toList());
        for (int i = 0; i < 3; i++) {
            assertFunded(r.decisions().get(i), null, 3_000, i + 1);
        }
        assertNotFunded(r.decisions().get(3), Reason.BUDGET_EXHAUSTED);
        assertEquals(9_000, r.fundedRmb());
    }

    @Test
    void aPatentBoostRanksBySubmissionEvenWhenItsCaseCarriesAScore() {
        CallRules patents = new CallRules(UUID.randomUUID(), CallRules.Kind.PATENT_BOOST, "110000", 3_000,
                List.of(new CallRules.Amount(null, null, 3_000)), List.of(), 1, null, null, 0, null);
        Candidate earlier = new Candidate(id(), null, "110105", null, Candidate.Standing.SIGNED_OFF, null, T0);
        // a score on a patent case (experts are not assigned to patents) must not buy it the place
        Candidate scored = new Candidate(id(), null, "110105", null, Candidate.Standing.SIGNED_OFF, new BigDecimal("99"),
                T0.plusSeconds(1));
        SelectionResult r = Selection.select(patents, List.of(scored, earlier));
        assertFunded(r.decisions().get(0), null, 3_000, 1);
        assertEquals(earlier.applicationId(), r.decisions().get(0).applicationId());
        assertNotFunded(r.decisions().get(1), Reason.BUDGET_EXHAUSTED);
        assertNull(r.decisions().get(1).score(), "a patent reports no score");
    }

    @Test
    void anAchievementCallFundsItsPlacesBestByScore() {
        CallRules achievements = new CallRules(UUID.randomUUID(), CallRules.Kind.OUTSTANDING_ACHIEVEMENT, "110000", 1_000_000,
                List.of(new CallRules.Amount(null, null, 3_000)), List.of(), 1, null, null, 0, 60);
        List<Candidate> apps = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            apps.add(signedOff("110105", MUNICIPAL, String.valueOf(100 - i)));
        }
        SelectionResult r = Selection.select(achievements, apps);
        assertEquals(60, r.funded());
        assertEquals(180_000, r.fundedRmb());
        assertTrue(r.decisions().subList(0, 60).stream().allMatch(Decision::funded));
        assertTrue(r.decisions().subList(60, 75).stream().allMatch(d -> d.reason() == Reason.PLACES_FILLED));
    }

    static void assertFunded(Decision d, String grade, long amount, int rank) {
        assertTrue(d.funded(), () -> "expected funded: " + d);
        assertEquals(Reason.FUNDED, d.reason());
        assertEquals(grade, d.grade());
        assertEquals(amount, d.amountRmb());
        assertEquals(rank, d.rank());
    }

    static void assertNotFunded(Decision d, Reason reason) {
        assertFalse(d.funded(), () -> "expected not funded: " + d);
        assertEquals(reason, d.reason());
        assertNull(d.amountRmb());
        assertNull(d.grade());
    }
}
