package org.alliance.registry.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.alliance.registry.Db;
import org.alliance.registry.Fixtures;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestKafka;
import org.alliance.testing.TestTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The review service's re-accreditation decisions (复评, reaccreditation.decided.v1 on
 * alliance.review.reaccreditation), sent as its relay would, renew or revoke the studio through the
 * registry's inbox. A revocation is published as studio.revoked.v1, on which matching withdraws the
 * studio's open proposals (matching's MatchingFlowTest.newStudioAndRevocationRescoreTheOpenNeed).
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class ReaccreditationTest {

    private static final String TOPIC = "alliance.review.reaccreditation";
    private static final String BAOTOU = "150200";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPassedReReviewRenewsTheAccreditationAndKeepsItsHistory() {
        String studio = accredited("一机集团焊接创新工作室", "2021-03-01");
        UUID caseId = UUID.randomUUID();
        String event = decide(caseId, studio, "RENEWED", List.of("七有标准全部达到，专家平均分86分，准予复评通过。"), "150000", "2026-03-20");
        awaitApplied(event);

        Fixtures.get(TestTokens.union("150000"), "/api/v1/studios/" + studio).then().statusCode(200)
                .body("status", equalTo("ACCREDITED")).body("tier", equalTo("MUNICIPAL"))
                .body("accreditation.accreditedBy", equalTo("150000"))
                .body("accreditation.accreditedOn", equalTo("2026-03-20"))
                .body("accreditation.reReviewDue", equalTo("2031-03-20"));
        Fixtures.get(TestTokens.reviewer(), "/api/v1/studios/" + studio + "/accreditations").then().statusCode(200)
                .body("kind", contains("ACCREDITED", "RENEWED"))
                .body("accreditedOn", contains("2021-03-01", "2026-03-20"))
                .body("reReviewDue", contains("2026-03-01", "2031-03-20"))
                .body("[1].reason", equalTo("七有标准全部达到，专家平均分86分，准予复评通过。"))
                .body("[1].recordedBy", equalTo("review-service 复评 " + caseId));
        assertEquals(List.of("studio.registered.v1", "studio.accredited.v1", "studio.accredited.v1"), Db.eventTypes(studio));
        assertEquals(1L, Db.count("SELECT count(*) FROM studio_accreditation WHERE reaccreditation_case_id = ?::uuid", caseId.toString()));
    }

    @Test
    void aFailedReReviewRevokesTheStudioOnceAndPublishesTheRevocation() {
        String studio = accredited("包钢冶炼创新工作室", "2021-05-10");
        UUID caseId = UUID.randomUUID();
        List<String> reasons = List.of("活动场地已撤并，无经费保障。", "近三年无创新成果。");
        String event = decide(caseId, studio, "REVOKED", reasons, "150000", "2026-06-01");
        awaitApplied(event);
        Fixtures.get(TestTokens.union(BAOTOU), "/api/v1/studios/" + studio).then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revocation.reason", equalTo("活动场地已撤并，无经费保障。\n近三年无创新成果。"))
                .body("revocation.revokedOn", equalTo("2026-06-01"));
        assertEquals(List.of("studio.registered.v1", "studio.accredited.v1", "studio.revoked.v1"), Db.eventTypes(studio));

        // the same decision again as a new event, and a renewal after the revocation: nothing changes
        String before = Db.fingerprint();
        String again = decide(caseId, studio, "REVOKED", reasons, "150000", "2026-06-01");
        String late = decide(UUID.randomUUID(), studio, "RENEWED", List.of("复评通过"), "150000", "2026-06-02");
        awaitApplied(again);
        awaitApplied(late);
        assertEquals(before, Db.fingerprint());
    }

    @Test
    void aUnionThatDoesNotCoverTheStudioChangesNothing() {
        String studio = accredited("北重锻造创新工作室", "2021-04-01");
        String before = Db.fingerprint();
        awaitApplied(decide(UUID.randomUUID(), studio, "REVOKED", List.of("不合格"), "110000", "2026-06-01"));
        assertEquals(before, Db.fingerprint());
    }

    private static String accredited(String name) {
        return accredited(name, "2021-01-01");
    }

    private static String accredited(String name, String on) {
        String enterprise = Fixtures.createEnterprise(BAOTOU, name.replace("工作室", "") + "所属企业");
        String studio = Fixtures.createStudio(BAOTOU, enterprise, name);
        given().auth().oauth2(TestTokens.union("150000")).contentType(ContentType.JSON)
                .body(Map.of("tier", "MUNICIPAL", "accreditedBy", "150000", "accreditedOn", on))
                .post("/api/v1/studios/" + studio + "/accreditations").then().statusCode(201);
        return studio;
    }

    private static void awaitApplied(String eventId) {
        await("the registry's inbox to apply " + eventId).atMost(Duration.ofSeconds(60)).until(() -> Db.count(
                "SELECT count(*) FROM eventing.inbox_event WHERE consumer = 'registry.reaccreditation' AND event_id = ?", eventId) == 1);
    }

    /** Sends reaccreditation.decided.v1 as the review service's relay would; answers the event id. */
    private static String decide(UUID caseId, String studio, String decision, List<String> reasons, String by, String on) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", caseId.toString());
        data.put("studioId", studio);
        data.put("decision", decision);
        data.put("reasons", reasons);
        data.put("decidedBy", by);
        data.put("decidedOn", on);
        data.put("decidedAt", on + "T02:00:00Z");
        String id = UUID.randomUUID().toString();
        try {
            CloudEvent event = CloudEventBuilder.v1().withId(id).withSource(URI.create("/alliance/review-service"))
                    .withType("org.alliance.reaccreditation.decided.v1").withSubject(studio)
                    .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                    .withDataSchema(URI.create("urn:alliance:events:schema:reaccreditation.decided.v1"))
                    .withData("application/json", JSON.writeValueAsBytes(data)).build();
            ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(TOPIC, studio).writeBinary(event);
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
                producer.send(record).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
