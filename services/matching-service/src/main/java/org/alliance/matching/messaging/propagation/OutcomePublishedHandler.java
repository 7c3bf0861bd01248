package org.alliance.matching.messaging.propagation;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alliance.eventing.EventHandler;
import org.alliance.eventing.IncomingEvent;
import org.alliance.matching.domain.propagation.OutcomePropagator;
import org.alliance.matching.domain.propagation.OutcomePublished;

/**
 * Consumes {@code outcome.published.v1} from the application service. The eventing library has
 * already checked the data against its schema and runs this inside the inbox transaction, so a
 * redelivered event id is skipped before it gets here.
 */
@ApplicationScoped
public class OutcomePublishedHandler implements EventHandler {

    public static final String TOPIC = "alliance.application.outcome";

    @Inject
    OutcomePropagator propagator;

    @Override
    public String consumerName() {
        return "matching.outcome-propagation";
    }

    @Override
    public List<String> topics() {
        return List.of(TOPIC);
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        if (!"outcome.published.v1".equals(event.type())) {
            // other outcome events on the topic are not this consumer's business
            return Uni.createFrom().voidItem();
        }
        return propagator.propagate(read(event.data()));
    }

    static OutcomePublished read(JsonNode d) {
        List<String> keywords = new ArrayList<>();
        d.path("keywords").forEach(k -> keywords.add(k.asText()));
        JsonNode value = d.get("economicValueRmb");
        return new OutcomePublished(UUID.fromString(d.get("outcomeId").asText()), UUID.fromString(d.get("studioId").asText()),
                d.get("title").asText(), d.get("summary").asText(), d.get("kind").asText(), keywords,
                d.path("industry").path("section").asText(), d.path("industry").path("division").asText(),
                d.get("regionCode").asText(), OffsetDateTime.parse(d.get("publishedAt").asText()),
                value == null || value.isNull() ? null : value.decimalValue().setScale(2, RoundingMode.HALF_UP));
    }
}
