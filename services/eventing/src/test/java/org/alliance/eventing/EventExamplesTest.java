package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.alliance.eventing.contract.EventExamples;
import org.alliance.eventing.contract.EventSchemas;
import org.junit.jupiter.api.Test;

/** Consumers test against the schemas' own examples, as the library hands them over. */
class EventExamplesTest {

    @Test
    void theOutcomeExamplesArriveAsValidIncomingEvents() {
        List<IncomingEvent> events = EventExamples.incoming("outcome.published.v1", "alliance.application.outcome", "outcomeId");
        assertFalse(events.isEmpty());
        for (IncomingEvent event : events) {
            assertEquals(event.data().path("outcomeId").asText(), event.subject());
            assertEquals(List.of(), EventSchemas.classpath().forType(event.type()).violations(event.data()));
        }
        assertEquals("BIM运维管理平台", events.get(0).data().path("title").asText());
    }
}
