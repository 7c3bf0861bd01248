package org.alliance.matching.messaging.propagation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.events.matching.OutcomeAdopted;
import org.alliance.events.matching.OutcomePath;
import org.alliance.events.matching.OutcomePropagated;
import org.alliance.matching.domain.propagation.Outcome;
import org.alliance.matching.domain.propagation.OutcomeAdoption;
import org.alliance.matching.domain.propagation.Recipient;
import org.alliance.matching.domain.propagation.Route;
import org.alliance.matching.domain.replica.Studio;

/**
 * {@code outcome.propagated.v1} and {@code outcome.adopted.v1}, both on {@code alliance.matching.outcome}
 * keyed by the outcome id so one outcome's events stay in order. The propagation is one decision taken
 * in one transaction, so it is published per outcome, listing the recipients; an outcome that reached
 * thousands of studios is split into parts of at most {@link #RECIPIENTS_PER_PART} recipients each
 * ({@code part} of {@code parts}), which keeps every record far below Kafka's default 1 MB limit.
 * A studio that joins an alliance of the originating studio later gets its copy then, announced by
 * one more {@code outcome.propagated.v1} naming it alone: an outcome's spread is the union of its
 * events, and the parts of one propagation share its {@code propagatedAt}.
 */
@ApplicationScoped
public class OutcomeEvents {

    @Inject
    Outbox outbox;

    /** About 400 bytes a recipient with a two-hop chain: a part stays under 100 KB. */
    public static final int RECIPIENTS_PER_PART = 200;

    /** The outcome's propagation, as decided when it was first published. */
    public Uni<Void> propagated(Outcome outcome, Studio origin, List<Recipient> recipients) {
        return outbox.recordAll(propagatedEvents(outcome, origin, recipients, outcome.receivedAt));
    }

    /**
     * Copies delivered after the propagation, to a studio that joined an alliance of the originating
     * studios since: one more event for each outcome, naming that recipient alone, in the given order.
     */
    public Uni<Void> deliveredLater(List<Outcome> outcomes, Map<UUID, Studio> origins, Recipient recipient, OffsetDateTime at) {
        List<OutcomePropagated> events = new ArrayList<>();
        outcomes.forEach(o -> events.addAll(propagatedEvents(o, origins.get(o.studioId), List.of(recipient), at)));
        return outbox.recordAll(events);
    }

    private static List<OutcomePropagated> propagatedEvents(Outcome outcome, Studio origin, List<Recipient> recipients,
            OffsetDateTime at) {
        List<OutcomePropagated.Recipient> data = recipients.stream().map(r -> new OutcomePropagated.Recipient(
                r.studio().id, r.studio().regionCode, paths(r.paths()), List.copyOf(r.relatedTerms()))).toList();
        int parts = Math.max(1, (data.size() + RECIPIENTS_PER_PART - 1) / RECIPIENTS_PER_PART);
        List<OutcomePropagated> events = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            List<OutcomePropagated.Recipient> slice = data.subList(i * RECIPIENTS_PER_PART, Math.min(data.size(), (i + 1) * RECIPIENTS_PER_PART));
            events.add(new OutcomePropagated(outcome.id, origin.id, origin.regionCode, outcome.hops, slice, at, i + 1, parts,
                    data.size()));
        }
        return events;
    }

    public Uni<Void> adopted(OutcomeAdoption a, String regionCode, List<Route> paths, long adoptions, BigDecimal total) {
        return outbox.record(new OutcomeAdopted(a.id, a.outcomeId, a.studioId, regionCode, a.valueRmb, a.adoptedOn, a.note,
                paths(paths), a.adoptedBy, a.createdAt, adoptions, total));
    }

    private static List<OutcomePath> paths(List<Route> routes) {
        return routes.stream().map(r -> new OutcomePath(r.via(), r.allianceId(), r.allianceName(), r.hops(),
                r.enterpriseIds(), r.linkIds())).toList();
    }
}
