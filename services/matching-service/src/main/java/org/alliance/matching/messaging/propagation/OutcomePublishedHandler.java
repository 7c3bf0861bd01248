package org.alliance.matching.messaging.propagation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.RoundingMode;
import org.alliance.eventing.EventDispatch;
import org.alliance.eventing.EventHandler;
import org.alliance.matching.domain.propagation.OutcomePropagator;
import org.alliance.matching.domain.propagation.OutcomePublished;

/**
 * Consumes {@code outcome.published.v1} from the application service. The eventing library has
 * already checked the data against its schema and runs this inside the inbox transaction, so a
 * redelivered event id is skipped before it gets here.
 */
@ApplicationScoped
public class OutcomePublishedHandler implements EventHandler {

    @Inject
    OutcomePropagator propagator;

    @Override
    public String consumerName() {
        return "matching.outcome-propagation";
    }

    @Override
    public EventDispatch events() {
        return new EventDispatch().on(org.alliance.events.application.OutcomePublished.class,
                published -> propagator.propagate(read(published)));
    }

    static OutcomePublished read(org.alliance.events.application.OutcomePublished d) {
        return new OutcomePublished(d.outcomeId(), d.studioId(), d.title(), d.summary(), d.kind(), d.keywords(),
                d.industry().section(), d.industry().division(), d.regionCode(), d.publishedAt(),
                d.economicValueRmb() == null ? null : d.economicValueRmb().setScale(2, RoundingMode.HALF_UP));
    }
}
