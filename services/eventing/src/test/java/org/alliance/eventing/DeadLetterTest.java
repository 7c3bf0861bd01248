package org.alliance.eventing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.eventing.inbox.DeadLetters;
import org.alliance.eventing.support.Db;
import org.alliance.eventing.support.Eventually;
import org.alliance.eventing.support.Lag;
import org.alliance.eventing.support.PickyHandler;
import org.alliance.eventing.support.Producers;
import org.alliance.eventing.support.TopicReader;
import org.alliance.testing.AllianceTestResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Records that can never be applied are parked on the topic's .dlq with their origin, and the consumer moves on. */
@QuarkusTest
@Order(4)
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "eventing_test"))
class DeadLetterTest {

    /** Metrics answer on the management interface, at its root path /q. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static final String TOPIC = PickyHandler.TOPIC;
    private static final String DLQ = TOPIC + ".dlq";

    @Test
    void malformedInvalidAndFailingRecordsEndOnTheDeadLetterTopicAndTheRestIsApplied() throws Exception {
        String subject = "dlq-" + UUID.randomUUID();
        Map<String, ProducerRecord<String, byte[]>> sent = new LinkedHashMap<>();
        sent.put("ok-1", event(subject, "{\"subject\":\"" + subject + "\",\"seq\":1}"));
        sent.put("malformed-json", event(subject, "{\"subject\":\"" + subject + "\",\"seq\":"));
        sent.put("ok-2", event(subject, "{\"subject\":\"" + subject + "\",\"seq\":2}"));
        sent.put("schema-invalid", event(subject, "{\"subject\":\"" + subject + "\",\"seq\":\"二\"}"));
        sent.put("ok-3", event(subject, "{\"subject\":\"" + subject + "\",\"seq\":3}"));
        sent.put("handler-failed", event(subject, "{\"subject\":\"" + subject + "\",\"seq\":4,\"note\":\"always-fail\"}"));
        sent.put("ok-4", event(subject, "{\"subject\":\"" + subject + "\",\"seq\":5,\"note\":\"echo\"}"));
        sent.put("undeserializable", new ProducerRecord<>(TOPIC, subject, "这不是一个事件".getBytes(StandardCharsets.UTF_8)));
        sent.put("ok-5", event(subject, "{\"subject\":\"" + subject + "\",\"seq\":6}"));
        Map<String, RecordMetadata> offsets = new LinkedHashMap<>();
        try (KafkaProducer<String, byte[]> producer = Producers.plain()) {
            for (Map.Entry<String, ProducerRecord<String, byte[]>> e : sent.entrySet()) {
                offsets.put(e.getKey(), producer.send(e.getValue()).get());
            }
        }

        Eventually.equals(Duration.ofSeconds(60), "the good records applied", 5L, () -> Db.count(Db.APP,
                "SELECT count(*) FROM test_effect WHERE consumer = ? AND subject = ?", PickyHandler.NAME, subject));
        assertEquals(List.of(1, 2, 3, 5, 6), Db.rows(Db.APP, "SELECT seq FROM test_effect WHERE subject = ? ORDER BY id", subject)
                .stream().map(r -> ((Number) r.get(0)).intValue()).toList(), "records after each bad one were applied, in order");
        Lag.awaitZero(PickyHandler.NAME, TOPIC);

        List<ConsumerRecord<String, byte[]>> letters = TopicReader.readUntil(DLQ, Duration.ofSeconds(30),
                r -> r.stream().filter(x -> subject.equals(x.key())).count() >= 4);
        letters = new ArrayList<>(letters.stream().filter(x -> subject.equals(x.key())).toList());
        assertEquals(4, letters.size());
        for (ConsumerRecord<String, byte[]> letter : letters) {
            String reason = TopicReader.header(letter, DeadLetters.REASON);
            RecordMetadata origin = offsets.get(reason);
            assertTrue(origin != null, "unexpected dead letter reason " + reason);
            assertEquals(TOPIC, TopicReader.header(letter, DeadLetters.ORIGINAL_TOPIC));
            assertEquals(Integer.toString(origin.partition()), TopicReader.header(letter, DeadLetters.ORIGINAL_PARTITION));
            assertEquals(Long.toString(origin.offset()), TopicReader.header(letter, DeadLetters.ORIGINAL_OFFSET));
            assertEquals(PickyHandler.NAME, TopicReader.header(letter, DeadLetters.CONSUMER));
            assertFalse(TopicReader.header(letter, DeadLetters.ERROR).isBlank());
            assertArrayEquals(sent.get(reason).value(), letter.value(), "the original value, byte for byte");
        }
        assertTrue(TopicReader.header(letters.stream().filter(l -> "handler-failed".equals(TopicReader.header(l, DeadLetters.REASON)))
                .findFirst().orElseThrow(), DeadLetters.ERROR).contains("never accepts"));
        assertEquals("3", TopicReader.header(letters.stream().filter(l -> "handler-failed".equals(TopicReader.header(l, DeadLetters.REASON)))
                .findFirst().orElseThrow(), DeadLetters.ATTEMPTS), "bounded retries before giving up");

        // the handler's own event committed with its inbox row and was published
        assertTrue(TopicReader.readUntil(PickyHandler.ECHO_TOPIC, Duration.ofSeconds(30), r -> r.stream().anyMatch(x -> subject.equals(x.key())))
                .stream().anyMatch(x -> subject.equals(x.key()) && TopicReader.value(x).contains("echo of")));

        given().baseUri(management.toString()).get("metrics").then().statusCode(200)
                .body(containsString("alliance_eventing_dead_letters_total{consumer=\"test.picky\",reason=\"handler-failed\",topic=\"test.dlq-source\"}"))
                .body(containsString("alliance_eventing_dead_letters_total{consumer=\"test.picky\",reason=\"undeserializable\",topic=\"test.dlq-source\"}"));
        Eventually.until(Duration.ofSeconds(10), "the lag gauge reads 0", () -> given().baseUri(management.toString()).get("metrics").asString()
                .contains("alliance_eventing_consumer_lag{consumer=\"test.picky\",topic=\"test.dlq-source\"} 0.0"));
    }

    private static ProducerRecord<String, byte[]> event(String subject, String json) {
        return KafkaMessageFactory.createWriter(TOPIC, subject).writeBinary(CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString()).withSource(URI.create("/alliance/test-producer"))
                .withType("org.alliance.test.counted.v1").withSubject(subject).withTime(OffsetDateTime.now())
                .withData("application/json", json.getBytes(StandardCharsets.UTF_8)).build());
    }
}
