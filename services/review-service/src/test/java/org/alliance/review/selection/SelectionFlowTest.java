package org.alliance.review.selection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.review.support.Calls;
import org.alliance.review.support.SelectionCases;
import org.alliance.review.support.Db;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.EventFeed;
import org.alliance.testing.TestTokens;
import org.alliance.testing.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * A call's decision through the service: studios, cases, sign-offs and expert scores brought about
 * through the registry's and the application service's events and the endpoints (SelectionCases);
 * the preview (nothing kept or published), the final decision once, and one
 * {@code application.decided} per application on {@code alliance.review.decision}, as the
 * application service consumes it to create projects.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class SelectionFlowTest {

    static final String CITY = TestTokens.union("110000", "CITY");
    static final String TOPIC = "alliance.review.decision";
    static final Instant T0 = Instant.parse("2021-10-08T01:00:00Z");

    /** Beijing's 2021 project call (the schema's example): A 100,000, B 50,000 at 85, district 30,000, minimum 60. */
    static ObjectNode call(long budget) {
        ObjectNode terms = Calls.call(UUID.randomUUID());
        terms.put("budgetRmb", budget);
        terms.put("regionMinimumPlaces", 0);
        ArrayNode quotas = terms.putArray("quotas");
        quotas.addObject().put("regionCode", "110105").put("places", 2);
        return terms;
    }

    @Test
    void thePreviewIsTheDecisionThatClosingMakesOnceAndEveryApplicationIsDecidedOnKafka() {
        UUID call = SelectionCases.call(call(250_000));
        UUID s1 = SelectionCases.studio("110105", "MUNICIPAL");
        UUID s2 = SelectionCases.studio("110105", "MUNICIPAL");
        UUID s3 = SelectionCases.studio("110105", "MUNICIPAL");
        UUID s4 = SelectionCases.studio("110106", "MUNICIPAL");
        UUID s5 = SelectionCases.studio("110106", "DISTRICT_BUREAU_GROUP");
        UUID s6 = SelectionCases.studio("110108", "DISTRICT_BUREAU_GROUP");
        UUID s7 = SelectionCases.studio("110108", "MUNICIPAL");
        Map<String, UUID> app = new HashMap<>();
        app.put("best", scored(call, s1, "110105", T0, "95", "96", "94"));
        app.put("sameStudio", scored(call, s1, "110105", T0, "90", "90", "90"));
        app.put("second", scored(call, s2, "110105", T0, "88", "86", "87"));
        app.put("quota", scored(call, s3, "110105", T0, "86", "86", "86"));
        app.put("tieEarlier", scored(call, s4, "110106", T0, "70", "70", "70"));
        app.put("tieLater", scored(call, s5, "110106", T0.plusSeconds(60), "70", "70", "70"));
        app.put("below", scored(call, s6, "110108", T0, "59", "60", "59"));
        app.put("rejected", SelectionCases.application(call, s7, "110108", "REJECTED", T0));
        app.put("returned", SelectionCases.application(call, s7, "110108", "RETURNED", T0));
        UUID withdrawn = SelectionCases.application(call, s7, "110108", "WITHDRAWN", T0);
        List<String> before = SelectionCases.fingerprint();

        List<Map<String, Object>> preview = given().auth().oauth2(CITY).when().get(path(call) + "/preview")
                .then().statusCode(200).body("decided", equalTo(false)).body("funded", equalTo(3))
                .body("fundedRmb", equalTo(250_000)).body("remainingRmb", equalTo(0))
                .extract().path("decisions");
        assertEquals(before, SelectionCases.fingerprint(), "a preview keeps and publishes nothing");
        Map<UUID, Map<String, Object>> byApp = preview.stream()
                .collect(Collectors.toMap(d -> UUID.fromString((String) d.get("applicationId")), d -> d));
        assertEquals(9, preview.size(), "every application but the withdrawn one");
        assertTrue(!byApp.containsKey(withdrawn));
        decision(byApp, app.get("best"), "FUNDED", "A", 100_000, "FUNDED", 1);
        decision(byApp, app.get("sameStudio"), "NOT_FUNDED", null, null, "STUDIO_ALREADY_FUNDED", 2);
        decision(byApp, app.get("second"), "FUNDED", "A", 100_000, "FUNDED", 3);
        decision(byApp, app.get("quota"), "NOT_FUNDED", null, null, "QUOTA_REACHED", 4);
        decision(byApp, app.get("tieEarlier"), "FUNDED", "B", 50_000, "FUNDED", 5);
        decision(byApp, app.get("tieLater"), "NOT_FUNDED", null, null, "BUDGET_EXHAUSTED", 6);
        decision(byApp, app.get("below"), "NOT_FUNDED", null, null, "BELOW_THRESHOLD", 7);
        decision(byApp, app.get("rejected"), "NOT_FUNDED", null, null, "REJECTED_AT_SIGN_OFF", null);
        decision(byApp, app.get("returned"), "NOT_FUNDED", null, null, "NOT_SIGNED_OFF", null);
        assertEquals("评审得分低于本批次资助分数线", byApp.get(app.get("below")).get("reason"));

        List<Map<String, Object>> decided = given().auth().oauth2(CITY).when().post(path(call))
                .then().statusCode(201).header("Location", endsWith(path(call))).body("decided", equalTo(true))
                .extract().path("decisions");
        assertEquals(preview, decided, "the final decision is the preview's");
        given().auth().oauth2(CITY).when().post(path(call))
                .then().statusCode(409).contentType("application/problem+json").body("rule", equalTo("review-closed"))
                .body("errors[0].field", equalTo("callId"));
        given().auth().oauth2(CITY).when().get(path(call)).then().statusCode(200).body("decided", equalTo(true))
                .body("decisions", equalTo(preview));

        // one application.decided per application: the one rejected at its sign-off was decided then, not again
        List<TopicReader.Event> events = TopicReader.eventsUntil(TOPIC,
                e -> e.type().equals("application.decided.v1") && e.data().path("callId").asText().equals(call.toString()),
                Duration.ofSeconds(30), l -> l.size() >= 9);
        assertEquals(9, events.size(), events.toString());
        Map<String, TopicReader.Event> eventOf = events.stream().collect(Collectors.toMap(TopicReader.Event::subject, e -> e));
        assertTrue(eventOf.get(app.get("rejected").toString()).data().path("reason").asText().startsWith("rejected at sign-off (UNIT"));
        var best = eventOf.get(app.get("best").toString()).data();
        assertEquals("FUNDED", best.path("decision").asText());
        assertEquals("A", best.path("grade").asText());
        assertEquals(100_000, best.path("amountRmb").asLong());
        assertEquals(s1.toString(), best.path("studioId").asText());
        assertEquals("经评审予以资助（A档，评审得分95.00，排名第1）", best.path("reason").asText());
        var returned = eventOf.get(app.get("returned").toString()).data();
        assertEquals("NOT_FUNDED", returned.path("decision").asText());
        assertTrue(returned.path("amountRmb").isNull());
        assertEquals(250_000, events.stream().mapToLong(e -> e.data().path("amountRmb").asLong(0)).sum());
    }

    @Test
    void theReviewDoesNotCloseWhileASignedOffApplicationLacksAScoreAndNothingIsKept() {
        UUID call = SelectionCases.call(call(1_000_000));
        UUID studio = SelectionCases.studio("110105", "MUNICIPAL");
        scored(call, studio, "110105", T0, "90", "90", "90");
        scored(call, SelectionCases.studio("110106", "MUNICIPAL"), "110106", T0, "80", "80");
        List<String> before = SelectionCases.fingerprint();
        given().auth().oauth2(CITY).when().get(path(call) + "/preview").then().statusCode(200)
                .body("decisions[1].reasonCode", equalTo("NOT_SCORED"));
        given().auth().oauth2(CITY).when().post(path(call))
                .then().statusCode(409).contentType("application/problem+json").body("rule", equalTo("scores-incomplete"));
        assertEquals(before, SelectionCases.fingerprint());
        given().auth().oauth2(CITY).when().get(path(call)).then().statusCode(404);
    }

    @Test
    void aCallStillTakingApplicationsIsNotDecided() {
        ObjectNode terms = call(1_000_000);
        terms.put("closesOn", "2099-12-31");
        UUID call = SelectionCases.call(terms);
        given().auth().oauth2(CITY).when().post(path(call))
                .then().statusCode(409).body("rule", equalTo("call-still-open"));
        assertEquals(List.of("0"), Db.column("SELECT count(*) FROM call_selection WHERE call_id = ?", call));

        // its union closes the window early (call.closed.v1): the review may close now, years before closesOn
        ObjectNode closing = EventFeed.example("call.closed.v1");
        closing.put("callId", call.toString());
        EventFeed.send(Calls.TOPIC, "call.closed.v1", "application-service", call.toString(), closing);
        Db.await(r -> !r.isEmpty(), "SELECT id FROM funding_call WHERE id = ? AND closed_at IS NOT NULL", call);
        given().auth().oauth2(CITY).when().post(path(call)).then().statusCode(201).body("funded", equalTo(0));
    }

    static UUID scored(UUID call, UUID studio, String region, Instant submittedAt, String... totals) {
        UUID application = SelectionCases.application(call, studio, region, "SIGNED_OFF", submittedAt);
        SelectionCases.scores(application, call, totals);
        return application;
    }

    static String path(UUID call) {
        return "/api/v1/review-calls/" + call + "/selection";
    }

    static void decision(Map<UUID, Map<String, Object>> byApp, UUID application, String decision, String grade, Integer amount,
            String reason, Integer rank) {
        Map<String, Object> d = byApp.get(application);
        assertEquals(decision, d.get("decision"), d::toString);
        assertEquals(grade, d.get("grade"), d::toString);
        assertEquals(amount, d.get("amountRmb"), d::toString);
        assertEquals(reason, d.get("reasonCode"), d::toString);
        assertEquals(rank, d.get("rank"), d::toString);
    }
}
