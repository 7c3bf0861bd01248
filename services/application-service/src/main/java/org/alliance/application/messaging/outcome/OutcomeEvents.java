package org.alliance.application.messaging.outcome;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliance.application.domain.outcome.Outcome;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.events.application.OutcomePublished;

/** Publishes a filed outcome to the alliance (outcome.published.v1), in the transaction that files it. */
@ApplicationScoped
public class OutcomeEvents {

    @Inject
    Outbox outbox;

    public Uni<Void> published(Outcome o) {
        return outbox.record(new OutcomePublished(o.id, o.fundedBy(), o.studioId, o.title, o.summary, o.kind, o.keywords,
                new OutcomePublished.Industry(o.industrySection, o.industryDivision), o.regionCode, o.publishedAt,
                o.economicValueRmb));
    }
}
