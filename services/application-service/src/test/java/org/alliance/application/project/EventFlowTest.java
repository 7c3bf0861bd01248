package org.alliance.application.project;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.application.support.Applications;
import org.alliance.application.support.Calls;
import org.alliance.application.support.TestClock;
import org.alliance.testing.EventFeed;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.alliance.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole way through Kafka: a studio accredited in the registry becomes eligible here, a
 * submission is published, the review side's return and decision arrive on its topic, the project
 * starts and is published; a revocation makes the studio ineligible.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "application_test"))
class EventFlowTest {

    static final String CITY = TestTokens.union("110000");
    static final String STUDIOS = "alliance.registry.studio";
    static final String DECISIONS = "alliance.review.decision";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void studioEventsInApplicationEventsOutDecisionsInProjectEventsOut() {
        EventFeed.topic(STUDIOS, true);
        String call = Calls.published(Calls.projectCall(2036, "2036-09-01", "2036-11-15"));
        clock.setChinaTime(LocalDateTime.parse("2036-10-10T10:00:00"));
        UUID studio = UUID.randomUUID();
        EventFeed.send(STUDIOS, "studio.accredited.v1", "registry-service", studio.toString(),
                studio(studio, "studio.accredited.v1", 2));
        String id = Applications.draft(CITY, awaitStudio(studio, Applications.project(call, 2036, studio)));
        Applications.submit(CITY, id).statusCode(200);
        List<TopicReader.Event> submitted = TopicReader.awaitEvents("alliance.application.application", id, 1);
        assertEquals("application.submitted.v1", submitted.get(0).type());
        assertEquals(studio.toString(), submitted.get(0).data().path("studioId").asText());
        assertEquals("地铁车辆转向架智能检测平台", submitted.get(0).data().path("project").path("title").asText());

        ObjectNode returned = EventFeed.example("application.returned.v1");
        returned.put("applicationId", id).put("callId", call).put("reason", "请补充立项批复").put("returnedAt", Instant.now().toString());
        EventFeed.send(DECISIONS, "application.returned.v1", "review-service", id, returned);
        await().atMost(Duration.ofSeconds(60)).until(() -> "RETURNED".equals(status(id)));
        given().auth().oauth2(CITY).contentType("application/json").body(Applications.project(call, 2036, studio))
                .when().put("/api/v1/applications/" + id).then().statusCode(200).body("status", equalTo("SUBMITTED"));

        ObjectNode decided = EventFeed.example("application.decided.v1");
        decided.put("applicationId", id).put("callId", call).put("studioId", studio.toString()).put("decision", "FUNDED")
                .put("grade", "A").put("amountRmb", 100_000).put("decidedAt", Instant.now().toString());
        EventFeed.send(DECISIONS, "application.decided.v1", "review-service", id, decided);
        await().atMost(Duration.ofSeconds(60)).until(() -> "FUNDED".equals(status(id)));
        List<String> types = TopicReader.awaitEvents("alliance.application.application", id, 2).stream().map(TopicReader.Event::type).toList();
        assertEquals(List.of("application.submitted.v1", "application.amended.v1"), types);
        String project = given().auth().oauth2(CITY).queryParam("size", 200).when().get("/api/v1/projects").then()
                .extract().path("items.find { it.applicationId == '" + id + "' }.id");
        TopicReader.Event funded = TopicReader.awaitEvents("alliance.application.project", project, 1).get(0);
        assertEquals("project.funded.v1", funded.type());
        assertEquals(100_000, funded.data().path("amountRmb").asInt());
        assertEquals("2038-03-10", funded.data().path("dueOn").asText());

        // a revocation in the registry makes the studio ineligible here
        EventFeed.send(STUDIOS, "studio.revoked.v1", "registry-service", studio.toString(),
                studio(studio, "studio.revoked.v1", 3));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String draft = Applications.draft(CITY, Applications.project(call, 2036, studio));
            Applications.submit(CITY, draft).statusCode(422).body("rule", equalTo("studio-revoked"));
        });
    }

    private static ObjectNode studio(UUID id, String type, long version) {
        ObjectNode s = EventFeed.example(type);
        s.put("studioId", id.toString()).put("regionCode", "110105").put("tier", "MUNICIPAL").put("version", version)
                .put("updatedAt", Instant.now().toString());
        if (s.path("accreditation").isObject()) {
            ((ObjectNode) s.path("accreditation")).put("tier", "MUNICIPAL").put("accreditedBy", "110000");
        }
        return s;
    }

    private static java.util.Map<String, Object> awaitStudio(UUID studio, java.util.Map<String, Object> form) {
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(CITY).contentType("application/json").body(form)
                .when().post("/api/v1/applications").then().extract().statusCode() == 201);
        return form;
    }

    private static String status(String id) {
        return given().auth().oauth2(CITY).when().get("/api/v1/applications/" + id).then().extract().path("status");
    }
}
