package org.alliance.eventing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alliance.eventing.contract.InvalidEventException;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.eventing.support.Accounts;
import org.alliance.eventing.support.Counted;
import org.alliance.eventing.support.Db;
import org.alliance.eventing.support.EffectRecorder;
import org.alliance.eventing.support.Eventually;
import org.alliance.eventing.support.TopicReader;
import org.alliance.eventing.support.Tx;
import org.alliance.eventing.trace.TraceParent;
import org.alliance.testing.AllianceTestResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** A state change and its event commit together or not at all, and what the relay publishes is a proper CloudEvent. */
@QuarkusTest
@Order(1)
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "eventing_test"))
class OutboxTransactionTest {

    private static final String OWNER = "卢仁峰创新工作室（内蒙古第一机械集团）";

    @Inject
    Accounts accounts;

    @Inject
    Outbox outbox;

    @Test
    void failureAfterTheStateWriteRollsBackStateAndEvent() {
        long events = outboxRows();
        RuntimeException injected = new IllegalStateException("injected after the state write");
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> Tx.await(() -> accounts.open(OWNER, Uni.createFrom().failure(injected))));
        assertEquals(injected.getMessage(), rootCause(thrown).getMessage());
        assertEquals(0, Db.count(Db.APP, "SELECT count(*) FROM test_account WHERE owner = ?", OWNER));
        assertEquals(events, outboxRows(), "the event rolled back with the state");

        UUID id = Tx.await(() -> accounts.open(OWNER, Uni.createFrom().voidItem()));
        assertEquals(1, Db.count(Db.APP, "SELECT count(*) FROM test_account WHERE id = ?", id));
        assertEquals(1, Db.count(Db.APP, "SELECT count(*) FROM eventing.outbox_event WHERE subject = ?", id.toString()));
    }

    @Test
    void anEventThatBreaksItsSchemaRollsBackTheTransaction() {
        String subject = "invalid-" + UUID.randomUUID();
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Tx.await(() -> accounts.count(
                Accounts.TOPIC, subject, 0)));
        InvalidEventException invalid = assertInstanceOf(InvalidEventException.class, rootCause(thrown));
        assertTrue(invalid.getMessage().contains("seq"), invalid.getMessage());
        assertEquals(0, Db.count(Db.APP, "SELECT count(*) FROM eventing.outbox_event WHERE subject = ?", subject));

        RuntimeException unknown = assertThrows(RuntimeException.class, () -> Tx.await(() -> Panache.withTransaction(
                () -> outbox.record(new DomainEvent(Accounts.TOPIC, "no.such-type.v1", subject, Map.of())))));
        assertTrue(rootCause(unknown).getMessage().contains("has no schema"), rootCause(unknown).getMessage());
    }

    @Test
    void manyEventsRecordedTogetherKeepTheirOrderAndFailTogether() {
        String subject = "together-" + UUID.randomUUID();
        List<DomainEvent> events = new ArrayList<>();
        for (int seq = 1; seq <= 1_200; seq++) { // more than one INSERT's worth
            events.add(DomainEvent.of(Accounts.TOPIC, new Counted(subject, seq, null)));
        }
        Tx.await(() -> Panache.withTransaction(() -> outbox.recordEvents(events)));
        assertEquals(1_200, Db.count(Db.APP, "SELECT count(*) FROM eventing.outbox_event WHERE subject = ?", subject));
        assertEquals(0, Db.count(Db.APP, "SELECT count(*) FROM (SELECT (payload->>'seq')::int - row_number() OVER (ORDER BY position)"
                + " AS gap FROM eventing.outbox_event WHERE subject = ?) g WHERE gap <> 0", subject), "positions follow the list");

        String failing = "together-" + UUID.randomUUID();
        List<DomainEvent> oneBad = List.of(
                DomainEvent.of(Accounts.TOPIC, new Counted(failing, 1, null)),
                DomainEvent.of(Accounts.TOPIC, new Counted(failing, 0, null)));
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> Tx.await(() -> Panache.withTransaction(() -> outbox.recordEvents(oneBad))));
        assertInstanceOf(InvalidEventException.class, rootCause(thrown));
        assertEquals(0, Db.count(Db.APP, "SELECT count(*) FROM eventing.outbox_event WHERE subject = ?", failing));
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Tx.await(() -> Panache.withSession(
                () -> outbox.record(DomainEvent.of(Accounts.TOPIC, new Counted("s", 1, null))))));
        assertTrue(rootCause(thrown).getMessage().contains("inside a transaction"), rootCause(thrown).getMessage());
    }

    @Test
    void thousandConcurrentWritesGiveExactlyThousandEvents() throws Exception {
        String prefix = "concurrent-" + UUID.randomUUID() + "-";
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<UUID>> writes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String owner = prefix + i;
            writes.add(pool.submit(() -> Tx.await(() -> accounts.open(owner, Uni.createFrom().voidItem()))));
        }
        Set<String> ids = new HashSet<>();
        for (Future<UUID> write : writes) {
            ids.add(write.get().toString());
        }
        pool.shutdown();
        assertEquals(1000, ids.size());
        assertEquals(1000, Db.count(Db.APP, "SELECT count(*) FROM test_account WHERE owner LIKE ?", prefix + "%"));
        assertEquals(1000, Db.count(Db.APP, "SELECT count(DISTINCT o.id) FROM eventing.outbox_event o"
                + " JOIN test_account a ON a.id::text = o.subject WHERE a.owner LIKE ?", prefix + "%"));

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(Accounts.TOPIC, Duration.ofSeconds(60),
                r -> r.stream().filter(x -> ids.contains(x.key())).map(x -> TopicReader.header(x, "ce_id")).distinct().count() >= 1000);
        Set<String> published = new HashSet<>();
        records.stream().filter(r -> ids.contains(r.key())).forEach(r -> published.add(TopicReader.header(r, "ce_id")));
        assertEquals(1000, published.size(), "one event per committed write reached Kafka");
        Eventually.equals(Duration.ofSeconds(60), "events applied by the consumer", 1000L, () -> Db.count(Db.APP,
                "SELECT count(*) FROM test_effect e JOIN test_account a ON a.id::text = e.subject"
                        + " WHERE e.consumer = ? AND a.owner LIKE ?", EffectRecorder.NAME, prefix + "%"));
    }

    @Test
    void theRelayPublishesACloudEventKeyedBySubjectWithTheRequestsTraceAndExactChinese() throws Exception {
        TraceParent caller = TraceParent.newTrace();
        String id = given().contentType("text/plain; charset=UTF-8").header("traceparent", caller.toString())
                .body(OWNER).post("/test/accounts").then().statusCode(200).extract().asString();

        List<ConsumerRecord<String, byte[]>> found = TopicReader.readUntil(Accounts.TOPIC, Duration.ofSeconds(30),
                r -> r.stream().anyMatch(x -> id.equals(x.key())));
        ConsumerRecord<String, byte[]> record = found.stream().filter(x -> id.equals(x.key())).findFirst().orElseThrow();
        CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
        assertEquals("org.alliance.test.account-opened.v1", event.getType());
        assertEquals("/alliance/eventing-test", event.getSource().toString());
        assertEquals(id, event.getSubject());
        assertEquals("urn:alliance:events:schema:test.account-opened.v1", event.getDataSchema().toString());
        assertEquals("application/json", event.getDataContentType());
        assertTrue(event.getTime() != null);
        UUID.fromString(event.getId());
        JsonNode data = new ObjectMapper().readTree(record.value());
        assertEquals(OWNER, data.path("owner").asText(), "Chinese text round-trips byte for byte");

        TraceParent carried = TraceParent.parse((String) event.getExtension("traceparent")).orElseThrow();
        assertEquals(caller.traceId(), carried.traceId(), "the event continues the caller's trace");
        assertNotEquals(caller.spanId(), carried.spanId());
        assertEquals(carried.toString(), TopicReader.header(record, "traceparent"));

        // the structured form of the same event is a valid CloudEvent by the specification's own schema
        EventFormat format = new JsonFormat();
        JsonNode structured = new ObjectMapper().readTree(format.serialize(event));
        assertEquals(List.of(), Contracts.cloudEventsSchema().violations(structured));
    }

    private static long outboxRows() {
        return Db.count(Db.APP, "SELECT count(*) FROM eventing.outbox_event");
    }

    static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
