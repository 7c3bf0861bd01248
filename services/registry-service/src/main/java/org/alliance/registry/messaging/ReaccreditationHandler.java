package org.alliance.registry.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliance.eventing.EventDispatch;
import org.alliance.eventing.EventHandler;
import org.alliance.events.review.ReaccreditationDecided;
import org.alliance.registry.domain.AccreditationService;
import org.alliance.registry.domain.ReReviewDecision;

/** Applies the review service's re-accreditation decisions (复评) to the studios they name. */
@ApplicationScoped
public class ReaccreditationHandler implements EventHandler {

    @Inject
    AccreditationService accreditations;

    @Override
    public String consumerName() {
        return "registry.reaccreditation";
    }

    @Override
    public EventDispatch events() {
        return new EventDispatch().on(ReaccreditationDecided.class, d -> accreditations.reReviewDecided(new ReReviewDecision(
                d.caseId(), d.studioId(), "RENEWED".equals(d.decision()), String.join("\n", d.reasons()), d.decidedBy(),
                d.decidedOn())));
    }
}
