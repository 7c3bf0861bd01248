package org.alliance.review.messaging.accreditation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.events.review.AccreditationDecided;
import org.alliance.review.domain.accreditation.AccreditationCase;
import org.alliance.review.domain.accreditation.AccreditationRound;

/** accreditation.decided.v1 on alliance.review.accreditation, one per candidate, in the transaction that closes the round. */
@ApplicationScoped
public class AccreditationEvents {

    /** The tier a city union's yearly round accredits at (市级). */
    public static final String TIER = "MUNICIPAL";

    @Inject
    Outbox outbox;

    public Uni<Void> decided(AccreditationRound round, List<AccreditationCase> cases) {
        return outbox.recordAll(cases.stream().map(c -> new AccreditationDecided(round.id, c.id, c.studioId, round.year,
                c.decision.name(), c.reasonCode.name(), List.of(c.reason), TIER,
                c.averageScore == null ? null : c.averageScore.doubleValue(), c.rank, round.decidedBy, round.decidedOn,
                round.decidedAt.toInstant())).toList());
    }
}
