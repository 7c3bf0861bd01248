package org.alliance.review.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.alliance.review.support.Calls;
import org.alliance.review.support.Db;
import org.alliance.testing.EventFeed;
import org.alliance.testing.AllianceTestResource;
import org.junit.jupiter.api.Test;

/** A published call reaches the review side's copy through Kafka, once, with its terms as they froze. */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class CallReplicaTest {

    @Test
    void aPublishedCallIsCopiedOnceWithItsTerms() {
        UUID id = UUID.randomUUID();
        ObjectNode call = Calls.call(id);
        String eventId = EventFeed.send(Calls.TOPIC, "call.published.v1", "application-service", id.toString(), call);
        List<String> terms = Db.await(r -> !r.isEmpty(), "SELECT terms::text FROM funding_call WHERE id = ?", id);
        assertEquals(1, terms.size());
        assertEquals(List.of("2021年北京市职工创新助推计划·创新项目助推|10000000|85|1"),
                Db.column("SELECT concat_ws('|', terms->>'title', terms->>'budgetRmb', terms->>'gradeAScore',"
                        + " terms->>'regionMinimumPlaces') FROM funding_call WHERE id = ?", id));

        // a redelivery of the same event, and a replay under another id, leave the one copy as it was
        EventFeed.send(Calls.TOPIC, "call.published.v1", "application-service", id.toString(), call, eventId);
        call.put("budgetRmb", 1);
        EventFeed.send(Calls.TOPIC, "call.published.v1", "application-service", id.toString(), call);
        UUID marker = UUID.randomUUID();
        Calls.publish(Calls.call(marker));
        Db.await(r -> !r.isEmpty(), "SELECT id FROM funding_call WHERE id = ?", marker);
        assertEquals(List.of("10000000"), Db.column("SELECT terms->>'budgetRmb' FROM funding_call WHERE id = ?", id));
    }
}
