package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.alliance.eventing.contract.EventExamples;
import org.alliance.eventing.contract.EventSchemas;
import org.alliance.events.application.OutcomePublished;
import org.junit.jupiter.api.Test;

/** Consumers test against the schemas' own examples, as the library hands them over. */
class EventExamplesTest {

    @Test
    void theOutcomeExamplesArriveAsValidIncomingEvents() {
        List<IncomingEvent> events = EventExamples.incoming(OutcomePublished.class);
        assertFalse(events.isEmpty());
        for (IncomingEvent event : events) {
            assertEquals("outcome.published.v1", event.type());
            assertEquals("alliance.application.outcome", event.topic(), "the topic of the type's AsyncAPI channel");
            assertEquals(event.data().path("outcomeId").asText(), event.subject());
            assertEquals(List.of(), EventSchemas.classpath().forType(event.type()).violations(event.data()));
        }
        OutcomePublished first = events.get(0).dataAs(OutcomePublished.class);
        assertEquals("BIM运维管理平台", first.title());
        assertEquals(events.get(0).subject(), first.subject());
    }
}
