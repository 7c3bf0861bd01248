package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alliance.eventing.support.Db;
import org.alliance.eventing.support.EffectRecorder;
import org.alliance.eventing.support.Eventually;
import org.alliance.eventing.support.Lag;
import org.alliance.eventing.support.Producers;
import org.alliance.testing.AllianceTestResource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Each event id is applied once per consumer however often Kafka delivers it. */
@QuarkusTest
@Order(3)
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "eventing_test"))
class InboxIdempotenceTest {

    private static final String TOPIC = "test.triple";

    @Test
    void everyEventDeliveredThreeTimesHasOneEffect() throws Exception {
        String run = UUID.randomUUID().toString();
        List<ProducerRecord<String, byte[]>> once = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            String subject = run + "-" + (i % 10);
            once.add(KafkaMessageFactory.createWriter(TOPIC, subject).writeBinary(CloudEventBuilder.v1()
                    .withId(UUID.randomUUID().toString()).withSource(URI.create("/alliance/test-producer"))
                    .withType("org.alliance.test.counted.v1").withSubject(subject).withTime(OffsetDateTime.now())
                    .withData("application/json", ("{\"subject\":\"" + subject + "\",\"seq\":" + i + "}").getBytes(StandardCharsets.UTF_8))
                    .build()));
        }
        try (KafkaProducer<String, byte[]> producer = Producers.plain()) {
            for (int copy = 0; copy < 3; copy++) {
                for (ProducerRecord<String, byte[]> record : once) {
                    producer.send(record).get();
                }
            }
        }
        Eventually.equals(Duration.ofSeconds(60), "inbox rows for the run", 100L, () -> Db.count(Db.APP,
                "SELECT count(*) FROM eventing.inbox_event WHERE consumer = ? AND topic = ? AND event_id IN"
                        + " (SELECT event_id FROM test_effect WHERE subject LIKE ?)", EffectRecorder.NAME, TOPIC, run + "%"));
        Lag.awaitZero(EffectRecorder.NAME, TOPIC);
        assertEquals(100, Db.count(Db.APP, "SELECT count(*) FROM test_effect WHERE subject LIKE ?", run + "%"),
                "300 deliveries of 100 events: 100 effects");
        assertEquals(100, Db.count(Db.APP, "SELECT count(DISTINCT event_id) FROM test_effect WHERE subject LIKE ?", run + "%"));
    }
}
