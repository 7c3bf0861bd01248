package org.alliance.matching.propagation.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.eventing.DomainEvent;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.matching.propagation.domain.Outcome;
import org.alliance.matching.propagation.domain.OutcomeAdoption;
import org.alliance.matching.propagation.domain.Recipient;
import org.alliance.matching.propagation.domain.Route;
import org.alliance.matching.replica.Studio;

/**
 * {@code outcome.propagated.v1} (one per outcome, listing every recipient: the propagation is one
 * decision taken in one transaction, and a reader sees the whole spread at once) and
 * {@code outcome.adopted.v1}, both on {@code alliance.matching.outcome} keyed by the outcome id so
 * one outcome's events stay in order.
 */
@ApplicationScoped
public class OutcomeEvents {

    public static final String TOPIC = "alliance.matching.outcome";

    @Inject
    Outbox outbox;

    public record RecipientData(UUID studioId, String regionCode, List<Route> paths, List<String> relatedTerms) {
    }

    public record Propagated(UUID outcomeId, UUID originStudioId, String originRegionCode, int hops,
            List<RecipientData> recipients, OffsetDateTime propagatedAt) {
    }

    public record Adopted(UUID adoptionId, UUID outcomeId, UUID studioId, String regionCode, BigDecimal economicValueRmb,
            LocalDate adoptedOn, String note, List<Route> paths, String adoptedBy, OffsetDateTime adoptedAt,
            long outcomeAdoptions, BigDecimal outcomeValueRmb) {
    }

    public Uni<Void> propagated(Outcome outcome, Studio origin, List<Recipient> recipients) {
        List<RecipientData> data = recipients.stream().map(r -> new RecipientData(r.studio().id, r.studio().regionCode,
                r.paths(), List.copyOf(r.relatedTerms()))).toList();
        return outbox.record(new DomainEvent(TOPIC, "outcome.propagated.v1", outcome.id.toString(),
                new Propagated(outcome.id, origin.id, origin.regionCode, outcome.hops, data, outcome.receivedAt)));
    }

    public Uni<Void> adopted(OutcomeAdoption a, String regionCode, List<Route> paths, long adoptions, BigDecimal total) {
        return outbox.record(new DomainEvent(TOPIC, "outcome.adopted.v1", a.outcomeId.toString(), new Adopted(a.id,
                a.outcomeId, a.studioId, regionCode, a.valueRmb, a.adoptedOn, a.note, paths, a.adoptedBy, a.createdAt,
                adoptions, total)));
    }
}
