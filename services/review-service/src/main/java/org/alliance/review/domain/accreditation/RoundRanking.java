package org.alliance.review.domain.accreditation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.alliance.review.domain.sevenhaves.SevenHaves;

/**
 * Decides a round's candidates from their experts' seven-haves scores, as a pure function, so that a
 * preview and the final decision agree:
 * <ul>
 * <li>a candidate scored by fewer than {@code minExperts} experts is NOT_SCORED and not ranked;
 * <li>the others are ranked by their average score (2 decimals, as shown) highest first; equal averages
 *     by earlier nomination, then by the studio id's text, so any input order gives the same ranking;
 * <li>walking down the ranking, one below the pass mark is BELOW_PASS_MARK, one at or above it is
 *     ACCREDITED while places are left, PLACES_FILLED after.
 * </ul>
 * Fewer candidates at or above the pass mark than places leave places unfilled: the pass mark is not lowered.
 */
public final class RoundRanking {

    private RoundRanking() {
    }

    public record Candidate(UUID caseId, UUID studioId, OffsetDateTime nominatedAt, List<SevenHaves> scores) {
    }

    public record Ranked(UUID caseId, UUID studioId, RoundReason reason, BigDecimal averageScore, int expertsScored,
            Integer rank, String text) {

        public boolean accredited() {
            return reason == RoundReason.ACCREDITED;
        }
    }

    static final Comparator<Candidate> NOMINATION_ORDER = Comparator.comparing(Candidate::nominatedAt)
            .thenComparing(c -> c.studioId().toString());

    public static List<Ranked> rank(List<Candidate> candidates, int places, int passScore, int minExperts) {
        record Scored(Candidate candidate, BigDecimal average) {
        }
        List<Scored> scored = new ArrayList<>();
        List<Candidate> unscored = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.scores().size() < minExperts) {
                unscored.add(c);
            } else {
                scored.add(new Scored(c, SevenHaves.average(c.scores())));
            }
        }
        scored.sort(Comparator.comparing(Scored::average, Comparator.reverseOrder())
                .thenComparing(Scored::candidate, NOMINATION_ORDER));
        unscored.sort(NOMINATION_ORDER);

        List<Ranked> ranked = new ArrayList<>();
        BigDecimal pass = BigDecimal.valueOf(passScore);
        int accredited = 0;
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            int rank = i + 1;
            String score = scored(s.candidate().scores().size(), s.average(), rank);
            RoundReason reason;
            String text;
            if (s.average().compareTo(pass) < 0) {
                reason = RoundReason.BELOW_PASS_MARK;
                text = score + "，低于合格分" + passScore + "分，未予认定。";
            } else if (accredited < places) {
                accredited++;
                reason = RoundReason.ACCREDITED;
                text = score + "，达到合格分" + passScore + "分，在" + places + "个认定名额内，认定为市级职工创新工作室。";
            } else {
                reason = RoundReason.PLACES_FILLED;
                text = score + "，达到合格分" + passScore + "分，但" + places + "个认定名额已满，未予认定。";
            }
            ranked.add(new Ranked(s.candidate().caseId(), s.candidate().studioId(), reason, s.average(),
                    s.candidate().scores().size(), rank, text));
        }
        for (Candidate c : unscored) {
            ranked.add(new Ranked(c.caseId(), c.studioId(), RoundReason.NOT_SCORED, null, c.scores().size(), null,
                    c.scores().size() + "位专家评分，不足" + minExperts + "位，未参加排名，未予认定。"));
        }
        return ranked;
    }

    private static String scored(int experts, BigDecimal average, int rank) {
        return experts + "位专家七有标准平均分" + average.stripTrailingZeros().toPlainString() + "分，排名第" + rank;
    }
}
