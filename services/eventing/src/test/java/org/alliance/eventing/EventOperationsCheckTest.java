package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.eventing.contract.EventChannels;
import org.alliance.eventing.contract.EventOperations;
import org.junit.jupiter.api.Test;

/** What the operations check reads from the document and from compiled classes. */
class EventOperationsCheckTest {

    private final EventChannels contract = EventChannels.classpath();

    @Test
    void plannedOperationsAreLeftOutAndAnOperationWithoutMessagesCarriesItsChannels() {
        assertEquals(Map.of(), EventOperations.declared(contract, "nobody", "send"));
        // every operation is built today: plan one in a fresh copy of the document, and it carries nothing
        EventChannels planned = EventChannels.read(getClass().getClassLoader());
        ((ObjectNode) planned.document().path("operations").path("publishReviewCase")).put("x-planned", true);
        assertTrue(!EventOperations.declared(planned, "review-service", "send").containsKey("review.stage-completed.v1"));
        Map<String, String> reviewSends = EventOperations.declared(contract, "review-service", "send");
        assertEquals("publishReviewCase", reviewSends.get("review.stage-completed.v1"));
        assertEquals("publishReviewDecision", reviewSends.get("application.returned.v1"));
        assertEquals("publishReviewReaccreditation", reviewSends.get("reaccreditation.decided.v1"));
        Map<String, String> review = EventOperations.declared(contract, "review-service", "receive");
        assertTrue(review.keySet().containsAll(Set.of("studio.accredited.v1", "enterprise.registered.v1", "supply-link.created.v1",
                "application.submitted.v1", "application.withdrawn.v1", "call.published.v1")), review.toString());
        assertEquals("publishApplicationOutcome",
                EventOperations.declared(contract, "application-service", "send").get("outcome.published.v1"));
        Map<String, String> matching = EventOperations.declared(contract, "matching-service", "receive");
        assertTrue(matching.keySet().containsAll(Set.of("studio.registered.v1", "studio.revoked.v1", "enterprise.updated.v1",
                "supply-link.removed.v1", "outcome.published.v1", "alliance.member-added.v1")), matching.toString());
        assertTrue(!matching.containsKey("alliance.formed.v1"), "the operation lists member-added alone");
        assertEquals(8, EventOperations.declared(contract, "registry-service", "send").size());
    }

    @Test
    void theClassesThatConstructAPayloadRecordOrADomainEventAreFound() {
        Map<String, String> recorded = EventOperations.recordedTypes(Path.of("target", "test-classes"));
        assertEquals("org.alliance.eventing.support.Accounts", recorded.get("test.account-opened.v1"));
        assertTrue(recorded.containsKey("test.counted.v1"));
        assertTrue(recorded.containsKey(DomainEvent.class.getName()), "the test application names its own topics");
        assertTrue(!recorded.containsKey("outcome.published.v1"), "reading a payload (dataAs) is not recording it: " + recorded);
    }

    @Test
    void aServiceWhoseCodeDisagreesWithItsOperationsIsToldWhere() {
        List<String> found = EventOperations.mismatches("registry-service", Path.of("target", "test-classes"), List.of());
        assertTrue(found.stream().anyMatch(m -> m.contains("publishRegistryStudio") && m.contains("studio.registered.v1")), found.toString());
        assertTrue(found.stream().anyMatch(m -> m.contains("test.counted.v1") && m.contains("no send operation")), found.toString());
        assertTrue(found.stream().anyMatch(m -> m.contains("DomainEvent")), found.toString());
    }
}
