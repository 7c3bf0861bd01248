package org.alliance.review.expertreview;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.review.support.Registry;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.alliance.testing.TopicReader;
import org.alliance.testing.TopicReader.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Expert review reaches Kafka: {@code review.expert-assigned.v1} for each expert a run or a decline puts on a case,
 * {@code review.scored.v1} for each submission and correction with the case's spread flag after it, both on the case's
 * topic keyed by the case, read back from the broker as another service would.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class ExpertReviewEventsTest {

    static final String CASE_TOPIC = "alliance.review.case";

    @BeforeAll
    static void topics() {
        Registry.topics();
    }

    @Test
    void eachAssignmentAndEachReplacementAfterADeclineIsPublished() {
        ExpertReviewFixture f = new ExpertReviewFixture();
        UUID applicant = f.enterprise("北京京城机电控股有限责任公司", "110105");
        UUID reviewCase = f.signedOffCase(UUID.randomUUID(), applicant, "110105", "37", "焊接机器人离线编程");
        UUID application = (UUID) f.db.rows("SELECT application_id FROM review_case WHERE id = ?", reviewCase).get(0).get("application_id");
        UUID first = f.expert("专家一", 5);
        UUID second = f.expert("专家二", 5);
        UUID third = f.expert("专家三", 5);
        UUID fourth = f.expert("专家四", null, List.of("44"), List.of(), List.of(), 5);
        f.run(ExpertReviewFixture.cityUnion("110000")).statusCode(200);

        decline(second, reviewCase, "与申报人是师徒关系").statusCode(200);
        decline(second, reviewCase, "再次").statusCode(404);
        // the last eligible expert declines: nobody replaces them, so no assignment is published
        decline(fourth, reviewCase, "出差").statusCode(200);
        // a score follows on the same key: once it is read, everything recorded before it on the case was too
        ScoringTest.post(first, reviewCase, "", ScoringTest.scores(28, 20, 22, 15, 5)).statusCode(201);

        List<Event> events = TopicReader.eventsUntil(CASE_TOPIC, reviewCase.toString(), ExpertReviewFixture.WAIT,
                l -> l.stream().anyMatch(e -> e.type().equals("review.scored.v1")));
        List<Event> assigned = events.stream().filter(e -> e.type().equals("review.expert-assigned.v1")).toList();
        assertEquals(4, assigned.size(), "three by the run and one in place of the expert who declined: " + types(events));
        assertEquals("review.scored.v1", events.get(events.size() - 1).type());

        Set<String> byRun = assigned.subList(0, 3).stream().map(e -> e.data().path("expertId").asText()).collect(Collectors.toSet());
        assertEquals(Set.of(first.toString(), second.toString(), third.toString()), byRun);
        for (Event e : assigned.subList(0, 3)) {
            JsonNode d = e.data();
            assertEquals(reviewCase.toString(), e.key());
            assertEquals(reviewCase.toString(), d.path("caseId").asText());
            assertEquals(application.toString(), d.path("applicationId").asText());
            assertEquals(f.call.toString(), d.path("callId").asText());
            assertEquals(4, d.path("relevance").asInt(), "division 37 and the keyword 焊接 in the title");
            assertEquals(List.of("industry:37", "keyword:焊接"), texts(d.path("relevanceTerms")));
            assertEquals("test-union-110000-city", d.path("assignedBy").asText());
            assertTrue(d.path("replacedExpertId").isNull() && d.path("declineReason").isNull(), d.toString());
        }
        JsonNode replacement = assigned.get(3).data();
        assertEquals(fourth.toString(), replacement.path("expertId").asText(), "the expert now on the case");
        assertEquals(second.toString(), replacement.path("replacedExpertId").asText(), "the expert who declined");
        assertEquals("与申报人是师徒关系", replacement.path("declineReason").asText());
        assertEquals("decline:" + second, replacement.path("assignedBy").asText());
        assertEquals(0, replacement.path("relevance").asInt());
        assertEquals(List.of(), texts(replacement.path("relevanceTerms")));
    }

    @Test
    void eachScoreAndCorrectionIsPublishedWithTheSpreadFlagItLeaves() {
        ExpertReviewFixture f = new ExpertReviewFixture();
        UUID reviewCase = f.signedOffCase(UUID.randomUUID(), f.enterprise("北京地铁车辆装备有限公司", "110105"), "110105", "37", "焊接");
        UUID a = f.expert("专家甲", 5);
        UUID b = f.expert("专家乙", 5);
        UUID c = f.expert("专家丙", 5);
        f.run(TestTokens.operator()).statusCode(200);

        ScoringTest.post(a, reviewCase, "", ScoringTest.scores(28, 20, 22, 15, 5)).statusCode(201);
        ScoringTest.post(a, reviewCase, "", ScoringTest.scores(27, 20, 22, 15, 5)).statusCode(409);
        ScoringTest.post(b, reviewCase, "", ScoringTest.scores(31, 20, 20, 15, 5)).statusCode(422);
        ScoringTest.post(b, reviewCase, "", ScoringTest.scores(20, 20, 20, 15, 5)).statusCode(201);
        ScoringTest.post(c, reviewCase, "", ScoringTest.scores(10, 10, 10, 10, 0)).statusCode(201);
        ScoringTest.post(c, reviewCase, "/corrections", Map.of("items", ScoringTest.scores(26, 20, 22, 15, 5).get("items"),
                "note", "复核后上调，与其他专家意见一致")).statusCode(201);

        List<JsonNode> scored = TopicReader.eventsUntil(CASE_TOPIC, reviewCase.toString(), ExpertReviewFixture.WAIT,
                l -> l.stream().filter(e -> e.type().equals("review.scored.v1")).count() >= 4).stream()
                .filter(e -> e.type().equals("review.scored.v1")).map(Event::data).toList();
        assertEquals(4, scored.size(), "one per stored version; the refused ones publish nothing");
        // expert, version, total, experts scored, complete, flagged: 90 and 80 agree, 40 spreads them 50 apart (> 20)
        assertEquals(List.of(a + " 1 90 1 false false", b + " 1 80 2 false false", c + " 1 40 3 true true", c + " 2 88 3 true false"),
                scored.stream().map(d -> d.path("expertId").asText() + " " + d.path("version").asInt() + " " + d.path("total").asInt()
                        + " " + d.path("expertsScored").asInt() + " " + d.path("complete").asBoolean() + " " + d.path("flagged").asBoolean())
                        .toList());
        JsonNode flagged = scored.get(2);
        assertEquals(70.0, flagged.path("aggregateScore").asDouble(), 0.001);
        assertEquals(List.of("TECHNICAL_CONTENT 10", "FILLS_GAP 10", "SOLVES_PROCESS_PROBLEM 10", "TRAINS_SKILLED_WORKERS 10",
                "FOCUS_INDUSTRY_BONUS 0"), points(flagged));
        assertTrue(flagged.path("note").isNull());
        JsonNode correction = scored.get(3);
        assertEquals("复核后上调，与其他专家意见一致", correction.path("note").asText());
        assertEquals(86.0, correction.path("aggregateScore").asDouble(), 0.001);
        assertEquals("TECHNICAL_CONTENT 26", points(correction).get(0));
        assertEquals(f.call.toString(), correction.path("callId").asText());
    }

    private static io.restassured.response.ValidatableResponse decline(UUID expert, UUID reviewCase, String reason) {
        return given().auth().oauth2(TestTokens.reviewer(expert)).contentType("application/json").body(Map.of("reason", reason))
                .when().post("/api/v1/reviews/" + reviewCase + "/assignment/decline").then();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> points(JsonNode scored) {
        List<String> out = new ArrayList<>();
        scored.path("items").forEach(i -> out.add(i.path("criterion").asText() + " " + i.path("points").asInt()));
        return out;
    }

    private static List<String> types(List<Event> events) {
        return events.stream().map(Event::type).toList();
    }
}
