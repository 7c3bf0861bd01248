package org.alliance.review.messaging.reaccreditation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.events.review.ReaccreditationDecided;
import org.alliance.review.domain.reaccreditation.ReaccreditationCase;

/** reaccreditation.decided.v1 on alliance.review.reaccreditation, in the deciding transaction. */
@ApplicationScoped
public class ReaccreditationEvents {

    @Inject
    Outbox outbox;

    public Uni<Void> decided(ReaccreditationCase c) {
        return outbox.record(new ReaccreditationDecided(c.id, c.studioId, c.decision.name(), c.reasons, c.failedItems,
                c.averageScore.doubleValue(), c.decidedBy, c.decidedOn, c.decidedAt.toInstant()));
    }
}
