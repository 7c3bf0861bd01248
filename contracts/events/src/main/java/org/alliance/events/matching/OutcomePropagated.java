package org.alliance.events.matching;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/**
 * An outcome was delivered to studios along alliances and supply chains: one propagation, split into
 * {@code parts} events of at most a few hundred recipients each ({@code part} counts from 1), or a
 * later copy to a studio that joined an alliance of the originating studio, naming it alone.
 */
@EventType("outcome.propagated.v1")
public record OutcomePropagated(UUID outcomeId, UUID originStudioId, String originRegionCode, int hops,
        List<Recipient> recipients, OffsetDateTime propagatedAt, Integer part, Integer parts, Integer totalRecipients)
        implements EventPayload {

    public record Recipient(UUID studioId, String regionCode, List<OutcomePath> paths, List<String> relatedTerms) {
    }

    @Override
    public String subject() {
        return outcomeId.toString();
    }
}
