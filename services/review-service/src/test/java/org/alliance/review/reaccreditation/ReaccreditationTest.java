package org.alliance.review.reaccreditation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.review.support.Registry;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestDatabase;
import org.alliance.testing.TestTokens;
import org.alliance.testing.TopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-accreditation (复评) through the API: due studios of the replica get a case, experts of the pool
 * score it against the seven haves (never one employed by the studio's enterprise), the union decides,
 * and reaccreditation.decided.v1 goes to the registry (whose ReaccreditationTest applies it). Every
 * endpoint is tried with every identity.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class ReaccreditationTest {

    static final String TOPIC = "alliance.review.reaccreditation";
    static final String INNER_MONGOLIA = TestTokens.union("150000");
    final TestDatabase db = TestDatabase.ofServiceUnderTest();

    @BeforeAll
    static void topics() {
        Registry.topics();
    }

    @Test
    void aDueStudioIsScoredAgainstTheSevenHavesAndRevokedOrRenewedOnce() {
        UUID works = UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        UUID passing = UUID.randomUUID();
        Registry.enterprise(works, "包头第一机械厂", "150200", 1);
        Registry.studio(failing, works, "150200", 1);
        Registry.studio(passing, works, "150200", 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> db.count("SELECT count(*) FROM studio WHERE id IN (?, ?)", failing, passing) == 2);
        List<UUID> experts = List.of(expert("张伟", null), expert("李娜", null), expert("王强", null));
        UUID insider = expert("赵敏", works);

        // due 2026-06-01 (accredited 2021-06-01): opened once, by a union of the region only
        open(TestTokens.union("110000"), 200).body("items.studioId", not(hasItem(failing.toString())));
        List<String> opened = open(INNER_MONGOLIA, 200).extract().path("items.studioId");
        assertEquals(true, opened.containsAll(List.of(failing.toString(), passing.toString())));
        open(INNER_MONGOLIA, 200).body("total", equalTo(0));
        String revokedCase = caseOf(failing);
        String renewedCase = caseOf(passing);
        given().auth().oauth2(TestTokens.union("110000")).get("/api/v1/reaccreditations/" + revokedCase).then().statusCode(404);

        score(insider, revokedCase, 90, 90).statusCode(409).body("errors[0].field", equalTo("expert"));
        decide(INNER_MONGOLIA, revokedCase).statusCode(422).body("errors[0].field", equalTo("scores"));
        for (UUID e : experts) {
            score(e, revokedCase, 80, 40).statusCode(201);
            score(e, renewedCase, 85, 75).statusCode(201);
        }
        score(experts.get(0), revokedCase, 80, 40).statusCode(409).body("errors[0].field", equalTo("expert"));

        decide(INNER_MONGOLIA, revokedCase).statusCode(200)
                .body("decision", equalTo("REVOKED"))
                .body("failedItems", contains("venue", "funding"))
                .body("reasons[0]", equalTo("包钢集团工会复评意见：场地撤并，经费不落实。"))
                .body("reasons[1]", equalTo("未达到有活动场地、有经费保障（专家平均分低于60分），3位专家平均分68.57分，复评未通过。"))
                .body("decidedBy", equalTo("150000"))
                .body("scores.size()", equalTo(3));
        decide(INNER_MONGOLIA, revokedCase).statusCode(409);
        score(insider, revokedCase, 90, 90).statusCode(409);
        decide(INNER_MONGOLIA, renewedCase).statusCode(200).body("decision", equalTo("RENEWED")).body("failedItems.size()", equalTo(0));

        List<TopicReader.Event> revoked = TopicReader.awaitEvents(TOPIC, failing.toString(), 1);
        JsonNode r = revoked.get(0).data();
        assertEquals("reaccreditation.decided.v1", revoked.get(0).type());
        assertEquals(revokedCase, r.path("caseId").asText());
        assertEquals("REVOKED", r.path("decision").asText());
        assertEquals("venue", r.path("failedItems").get(0).asText());
        assertEquals("150000", r.path("decidedBy").asText());
        assertEquals("RENEWED", TopicReader.awaitEvents(TOPIC, passing.toString(), 1).get(0).data().path("decision").asText());
    }

    @Test
    void everyEndpointAnswersEachIdentityAsItsRoleAndRegionAllow() {
        UUID works = UUID.randomUUID();
        UUID studio = UUID.randomUUID();
        Registry.enterprise(works, "内蒙古北方重工", "150200", 1);
        Registry.studio(studio, works, "150200", 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> db.count("SELECT count(*) FROM studio WHERE id = ?", studio) == 1);
        open(INNER_MONGOLIA, 200);
        String id = caseOf(studio);
        UUID expert = expert("孙丽", null);
        String other = TestTokens.union("110000");
        Map<String, Object> scores = scores(70, 70);
        Map<String, String> tokens = new java.util.LinkedHashMap<>();
        tokens.put("coordinator", TestTokens.coordinator());
        tokens.put("reviewer without expert", TestTokens.reviewer());
        tokens.put("operator", TestTokens.operator());
        tokens.put("other region", other);
        Map<String, int[]> expected = Map.of(
                // openings, list, get, scores, decision
                "coordinator", new int[] {403, 403, 403, 403, 403},
                "reviewer without expert", new int[] {403, 200, 200, 403, 403},
                "operator", new int[] {200, 200, 200, 403, 403},
                "other region", new int[] {200, 200, 404, 403, 404});
        tokens.forEach((who, token) -> {
            int[] want = expected.get(who);
            open(token, want[0]);
            given().auth().oauth2(token).get("/api/v1/reaccreditations").then().statusCode(want[1]);
            given().auth().oauth2(token).get("/api/v1/reaccreditations/" + id).then().statusCode(want[2]);
            given().auth().oauth2(token).contentType("application/json").body(scores)
                    .post("/api/v1/reaccreditations/" + id + "/scores").then().statusCode(want[3]);
            given().auth().oauth2(token).contentType("application/json").body(Map.of())
                    .post("/api/v1/reaccreditations/" + id + "/decision").then().statusCode(want[4]);
        });
        given().get("/api/v1/reaccreditations").then().statusCode(401);
        score(expert, id, 70, 70).statusCode(201);
        given().auth().oauth2(TestTokens.union("150000")).get("/api/v1/reaccreditations/" + id).then().statusCode(200)
                .body("scores.expertId", contains(expert.toString())).body("status", equalTo("OPEN"));
    }

    private String caseOf(UUID studio) {
        return db.single("SELECT id::text FROM reaccreditation_case WHERE studio_id = ?", studio).toString();
    }

    private static ValidatableResponse open(String token, int status) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("dueFrom", "2026-01-01", "dueTo", "2026-12-31"))
                .post("/api/v1/reaccreditations/openings").then().statusCode(status);
    }

    /** Scores every item {@code others}, except venue and funding: {@code weak}. */
    private static Map<String, Object> scores(int others, int weak) {
        Map<String, Object> body = new HashMap<>();
        for (String item : List.of("modelWorkerLead", "team", "equipment", "rules", "results")) {
            body.put(item, others);
        }
        body.put("venue", weak);
        body.put("funding", weak);
        body.put("comment", "现场查看活动场地与经费台账。");
        return body;
    }

    private static ValidatableResponse score(UUID expert, String caseId, int others, int weak) {
        return given().auth().oauth2(TestTokens.reviewer(expert)).contentType("application/json").body(scores(others, weak))
                .post("/api/v1/reaccreditations/" + caseId + "/scores").then();
    }

    private static ValidatableResponse decide(String token, String caseId) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("note", "包钢集团工会复评意见：场地撤并，经费不落实。"))
                .post("/api/v1/reaccreditations/" + caseId + "/decision").then();
    }

    private static UUID expert(String name, UUID employer) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("affiliation", "内蒙古工业大学");
        body.put("specialty", "职工创新工作室评估");
        body.put("regionCode", "150000");
        if (employer != null) {
            body.put("employerEnterpriseId", employer.toString());
        }
        return UUID.fromString(given().auth().oauth2(TestTokens.operator()).contentType("application/json").body(body)
                .post("/api/v1/experts").then().statusCode(201).extract().path("id"));
    }
}
