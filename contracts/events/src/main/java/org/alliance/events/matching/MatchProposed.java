package org.alliance.events.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** A need was matched with a capable studio, with why. */
@EventType("match.proposed.v1")
public record MatchProposed(UUID matchId, UUID needId, String needTitle, String needRegionCode, UUID studioId,
        String studioName, String studioRegionCode, double score, int rank, Explanation explanation, Instant proposedAt)
        implements EventPayload {

    /** The need's terms found in the studio's capabilities, each feature's part of the score, the supply-chain path. */
    public record Explanation(double score, double bm25, List<String> matchedTerms, List<Feature> features,
            Integer supplyChainHops, List<Step> supplyChainPath) {
    }

    public record Feature(String name, double value, double weight, double contribution) {
    }

    /** {@code direction}: UPSTREAM ({@code to} supplies {@code from}) or DOWNSTREAM. */
    public record Step(UUID from, String fromName, UUID to, String toName, String direction, String product, UUID linkId) {
    }

    @Override
    public String subject() {
        return matchId.toString();
    }
}
