package org.alliance.review.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.alliance.review.domain.accreditation.RoundRanking;
import org.alliance.review.domain.accreditation.RoundRanking.Candidate;
import org.alliance.review.domain.accreditation.RoundRanking.Ranked;
import org.alliance.review.domain.accreditation.RoundReason;
import org.alliance.review.domain.sevenhaves.SevenHaves;
import org.junit.jupiter.api.Test;

/** The round's decision rules on plain inputs: the pass mark's edge, the places' edge, ties, unscored and short rounds. */
class RoundRankingTest {

    static final OffsetDateTime NOMINATED = OffsetDateTime.of(2021, 9, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    @Test
    void thePassMarkItselfPassesAndOneHundredthBelowItDoesNot() {
        Candidate at = candidate(0, List.of(60, 60, 60));
        // one expert gives the results item 59: that item averages 59.67, the studio 59.95, just below the mark
        Candidate below = new Candidate(UUID.randomUUID(), UUID.randomUUID(), NOMINATED.plusMinutes(1), List.of(
                new SevenHaves(60, 60, 60, 60, 60, 60, 59), new SevenHaves(60, 60, 60, 60, 60, 60, 60),
                new SevenHaves(60, 60, 60, 60, 60, 60, 60)));
        List<Ranked> ranked = RoundRanking.rank(List.of(below, at), 80, 60, 3);
        assertEquals(RoundReason.ACCREDITED, ranked.get(0).reason());
        assertEquals(new BigDecimal("60.00"), ranked.get(0).averageScore());
        assertEquals(RoundReason.BELOW_PASS_MARK, ranked.get(1).reason());
        assertEquals(new BigDecimal("59.95"), ranked.get(1).averageScore());
        assertEquals("3位专家七有标准平均分59.95分，排名第2，低于合格分60分，未予认定。", ranked.get(1).text());
    }

    @Test
    void exactlyThePlacesAreFilledAndTiesGoToTheEarlierNominationThenTheStudioId() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            candidates.add(candidate(i, List.of(90 - i, 90 - i, 90 - i)));
        }
        // two more at 87, nominated at the same instant as each other and after the one above: the studio id decides
        UUID low = UUID.fromString("00000000-0000-4000-8000-000000000001");
        UUID high = UUID.fromString("ffffffff-0000-4000-8000-000000000001");
        candidates.add(new Candidate(UUID.randomUUID(), high, NOMINATED.plusHours(1), three(87)));
        candidates.add(new Candidate(UUID.randomUUID(), low, NOMINATED.plusHours(1), three(87)));
        List<Ranked> expected = RoundRanking.rank(candidates, 4, 60, 3);
        assertEquals(List.of(RoundReason.ACCREDITED, RoundReason.ACCREDITED, RoundReason.ACCREDITED, RoundReason.ACCREDITED,
                RoundReason.PLACES_FILLED, RoundReason.PLACES_FILLED, RoundReason.PLACES_FILLED),
                expected.stream().map(Ranked::reason).toList());
        assertEquals(candidates.get(3).studioId(), expected.get(3).studioId(), "87 nominated first takes the last place");
        assertEquals(low, expected.get(4).studioId());
        assertEquals(high, expected.get(5).studioId());
        Random random = new Random(7);
        for (int run = 0; run < 20; run++) {
            List<Candidate> shuffled = new ArrayList<>(candidates);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, RoundRanking.rank(shuffled, 4, 60, 3), "any input order gives the same ranking");
        }
    }

    @Test
    void fewerEligibleCandidatesThanPlacesLeaveThePlacesUnfilledAndUnscoredOnesAreNotRanked() {
        List<Ranked> ranked = RoundRanking.rank(List.of(candidate(0, List.of(95, 95)), candidate(1, List.of(70, 70, 70)),
                candidate(2, List.of(50, 50, 50))), 80, 60, 3);
        assertEquals(List.of(RoundReason.ACCREDITED, RoundReason.BELOW_PASS_MARK, RoundReason.NOT_SCORED),
                ranked.stream().map(Ranked::reason).toList());
        assertEquals(1, ranked.stream().filter(Ranked::accredited).count());
        assertNull(ranked.get(2).rank());
        assertNull(ranked.get(2).averageScore());
        assertEquals("2位专家评分，不足3位，未参加排名，未予认定。", ranked.get(2).text());
    }

    static Candidate candidate(int order, List<Integer> points) {
        return new Candidate(UUID.randomUUID(), UUID.randomUUID(), NOMINATED.plusMinutes(order),
                points.stream().map(p -> new SevenHaves(p, p, p, p, p, p, p)).toList());
    }

    static List<SevenHaves> three(int p) {
        return List.of(new SevenHaves(p, p, p, p, p, p, p), new SevenHaves(p, p, p, p, p, p, p), new SevenHaves(p, p, p, p, p, p, p));
    }
}
