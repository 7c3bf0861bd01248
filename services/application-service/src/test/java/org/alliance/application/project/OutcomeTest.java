package org.alliance.application.project;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.alliance.application.support.Applications;
import org.alliance.application.support.Calls;
import org.alliance.application.support.Decisions;
import org.alliance.application.support.Studios;
import org.alliance.application.support.TestClock;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.RecordedEvent;
import org.alliance.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Outcomes filed here are published on alliance.application.outcome as matching consumes them: read
 * back from the topic with the CloudEvents headers matching's inbox checks.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "application_test"))
class OutcomeTest {

    static final String CITY = TestTokens.union("110000");

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aProjectOutcomeAndABoostedPatentArePublishedToTheAlliance() {
        String projectCall = Calls.published(Calls.projectCall(2035, "2035-09-01", "2035-11-15"));
        String patentCall = Calls.published(Calls.patentCall(2035, "2035-03-01", "2035-11-15"));
        UUID studio = Studios.accredited("110105", "MUNICIPAL");
        clock.setChinaTime(LocalDateTime.parse("2035-10-10T10:00:00"));
        String application = Applications.draft(CITY, Applications.project(projectCall, 2035, studio));
        Applications.submit(CITY, application).statusCode(200);
        Decisions.fund(application, projectCall, studio, "B", 50_000);
        String project = given().auth().oauth2(CITY).queryParam("size", 200).when().get("/api/v1/projects").then()
                .extract().path("items.find { it.applicationId == '" + application + "' }.id");

        Map<String, Object> outcome = new HashMap<>();
        outcome.put("projectId", project);
        outcome.put("kind", "PROCESS");
        outcome.put("title", "转向架裂纹视觉检测工艺");
        outcome.put("summary", "以机器视觉替代人工目检，检测效率提升三倍。");
        outcome.put("keywords", List.of("机器视觉", "转向架", "裂纹检测"));
        outcome.put("industrySection", "G");
        outcome.put("industryDivision", "54");
        outcome.put("economicValueRmb", 1200000);
        String processId = given().auth().oauth2(CITY).contentType("application/json").body(outcome)
                .when().post("/api/v1/outcomes").then().statusCode(201).body("studioId", equalTo(studio.toString()))
                .extract().path("id");

        Map<String, Object> patentForm = Applications.patent(patentCall, 2035);
        patentForm.put("studioId", studio.toString());
        patentForm.remove("regionCode");
        String patentApplication = Applications.draft(CITY, patentForm);
        Applications.submit(CITY, patentApplication).statusCode(200);
        Map<String, Object> patentOutcome = new HashMap<>(outcome);
        patentOutcome.remove("projectId");
        patentOutcome.put("patentApplicationId", patentApplication);
        patentOutcome.put("kind", "PATENT");
        patentOutcome.put("title", "一种薄板焊接变形控制装置");
        given().auth().oauth2(CITY).contentType("application/json").body(patentOutcome)
                .when().post("/api/v1/outcomes").then().statusCode(422).body("rule", equalTo("patent-not-boosted"));
        Decisions.fund(patentApplication, patentCall, studio, null, 3_000);
        String patentId = given().auth().oauth2(CITY).contentType("application/json").body(patentOutcome)
                .when().post("/api/v1/outcomes").then().statusCode(201).body("kind", equalTo("PATENT")).extract().path("id");
        given().auth().oauth2(CITY).contentType("application/json").body(patentOutcome)
                .when().post("/api/v1/outcomes").then().statusCode(409).body("rule", equalTo("patent-published-once"));

        Map<String, ConsumerRecord<String, byte[]>> records = readOutcomes(processId, patentId);
        Map<String, JsonNode> seen = new HashMap<>();
        records.forEach((id, r) -> seen.put(id, RecordedEvent.of(r).value()));
        // matching's OutcomeFromApplicationServiceTest feeds this recording to matching's consumer
        RecordedEvent.of(records.get(processId)).assertMatchesRecording("outcome.published.v1");
        JsonNode process = seen.get(processId);
        assertEquals(project, process.path("projectId").asText());
        assertEquals("转向架裂纹视觉检测工艺", process.path("title").asText());
        assertEquals("PROCESS", process.path("kind").asText());
        assertEquals("110105", process.path("regionCode").asText());
        JsonNode patent = seen.get(patentId);
        assertEquals(patentApplication, patent.path("projectId").asText(), "a boosted patent's funding is its patent boost application");
        assertEquals(studio.toString(), patent.path("studioId").asText());
    }

    /** Reads alliance.application.outcome from the start until both outcomes arrived, as matching's consumer would. */
    private static Map<String, ConsumerRecord<String, byte[]>> readOutcomes(String... ids) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "outcome-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        Map<String, ConsumerRecord<String, byte[]>> seen = new ConcurrentHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of("alliance.application.outcome"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    String type = new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
                    if (type.endsWith("outcome.published.v1")) {
                        assertEquals(r.key(), new String(r.headers().lastHeader("ce_subject").value(), StandardCharsets.UTF_8));
                        seen.put(r.key(), r);
                    }
                }
                return List.of(ids).stream().allMatch(seen::containsKey);
            });
        }
        return seen;
    }
}
