package org.alliance.review.api.sevenhaves;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.alliance.review.domain.sevenhaves.SevenHavesScore;

/** One expert's seven-haves scores as submitted. */
public record SevenHavesScoreView(UUID expertId, int modelWorkerLead, int team, int venue, int equipment, int rules, int funding,
        int results, String comment, OffsetDateTime scoredAt) {

    public static SevenHavesScoreView of(SevenHavesScore s) {
        return new SevenHavesScoreView(s.expertId, s.modelWorkerLead, s.team, s.venue, s.equipment, s.rules, s.funding, s.results,
                s.comment, s.scoredAt);
    }
}
