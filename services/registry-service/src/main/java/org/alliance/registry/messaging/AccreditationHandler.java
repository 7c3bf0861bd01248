package org.alliance.registry.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliance.eventing.EventDispatch;
import org.alliance.eventing.EventHandler;
import org.alliance.events.review.AccreditationDecided;
import org.alliance.registry.domain.AccreditationService;
import org.alliance.registry.domain.RoundAccreditation;
import org.alliance.registry.domain.StudioTier;

/**
 * Applies the decisions of the city unions' yearly accreditation rounds (年度认定) decided in the review
 * service: an ACCREDITED candidate is accredited at the round's tier; a NOT_ACCREDITED one stays as it is.
 */
@ApplicationScoped
public class AccreditationHandler implements EventHandler {

    @Inject
    AccreditationService accreditations;

    @Override
    public String consumerName() {
        return "registry.accreditation";
    }

    @Override
    public EventDispatch events() {
        return new EventDispatch().on(AccreditationDecided.class, d -> "ACCREDITED".equals(d.decision())
                ? accreditations.roundAccredited(new RoundAccreditation(d.caseId(), d.studioId(), StudioTier.valueOf(d.tier()),
                        d.decidedBy(), d.decidedOn()))
                : Uni.createFrom().voidItem());
    }
}
