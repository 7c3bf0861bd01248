package org.alliance.review.expertreview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.review.support.Registry;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scores through the API: what an expert sees, the rubric's rules, versions, the spread flag and the case_score view. */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class ScoringTest {

    @BeforeAll
    static void topics() {
        Registry.topics();
    }

    static Map<String, Object> scores(int technical, int gap, int process, int skills, int bonus) {
        return Map.of("items", List.of(
                Map.of("criterion", "TECHNICAL_CONTENT", "points", technical, "comment", "技术含量较高，焊接变形控制方法新颖"),
                Map.of("criterion", "FILLS_GAP", "points", gap, "comment", "填补了国内装甲钢薄板焊接的空白"),
                Map.of("criterion", "SOLVES_PROCESS_PROBLEM", "points", process, "comment", "解决了车体焊接变形的生产工艺难题"),
                Map.of("criterion", "TRAINS_SKILLED_WORKERS", "points", skills, "comment", "带出高级技师5名"),
                Map.of("criterion", "FOCUS_INDUSTRY_BONUS", "points", bonus, "comment", "属智能装备领域")));
    }

    static io.restassured.response.ValidatableResponse post(UUID expert, UUID reviewCase, String path, Object body) {
        return given().auth().oauth2(TestTokens.reviewer(expert)).contentType("application/json").body(body)
                .when().post("/api/v1/reviews/" + reviewCase + "/scores" + path).then();
    }

    @Test
    void anExpertScoresOnlyTheirCasesOnceAndCorrectsInNewVersions() {
        ExpertReviewFixture f = new ExpertReviewFixture();
        UUID applicant = f.enterprise("内蒙古第一机械集团有限公司", "150200");
        UUID mine = f.signedOffCase(UUID.randomUUID(), applicant, "150200", "37", "装甲钢焊接变形控制");
        UUID expert = f.expert("焊接专家", 1);
        UUID other = f.expert("另一位专家", 5);
        f.run(TestTokens.operator()).statusCode(200);
        UUID notMine = f.signedOffCase(UUID.randomUUID(), applicant, "150200", "37", "焊接烟尘治理");
        f.run(TestTokens.operator()).statusCode(200);
        assertEquals(List.of(other), f.assigned(notMine), "the expert's one case per call is taken");

        given().auth().oauth2(TestTokens.reviewer(expert)).when().get("/api/v1/expert-reviews").then().statusCode(200)
                .body("caseId", contains(mine.toString())).body("[0].title", equalTo("装甲钢焊接变形控制"))
                .body("[0].scoredVersion", equalTo(0));
        given().auth().oauth2(TestTokens.reviewer(expert)).when().get("/api/v1/reviews/" + notMine + "/scores").then().statusCode(404)
                .contentType("application/problem+json");
        post(expert, notMine, "", scores(20, 20, 20, 15, 3)).statusCode(404);
        assertEquals(0L, f.db.count("SELECT count(*) FROM expert_score WHERE case_id = ?", notMine));

        post(expert, mine, "", scores(28, 20, 22, 15, 5)).statusCode(201).body("version", equalTo(1)).body("total", equalTo(90))
                .body("items[0].comment", equalTo("技术含量较高，焊接变形控制方法新颖"));
        post(expert, mine, "", scores(27, 20, 22, 15, 5)).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:alliance:problem:score-already-submitted"));
        post(expert, mine, "/corrections", Map.of("items", scores(26, 20, 22, 15, 5).get("items"), "note", "复核后下调技术含量"))
                .statusCode(201).body("version", equalTo(2)).body("total", equalTo(88));
        given().auth().oauth2(TestTokens.reviewer(expert)).when().get("/api/v1/reviews/" + mine + "/scores").then().statusCode(200)
                .body("versions", hasSize(2)).body("versions.total", contains(90.0f, 88.0f)).body("versions[1].note", equalTo("复核后下调技术含量"));
        post(other, mine, "/corrections", scores(1, 1, 1, 1, 1)).statusCode(409)
                .body("type", equalTo("urn:alliance:problem:no-score-to-correct"));
    }

    @Test
    void theRubricsRulesAreEnforcedNamingTheField() {
        ExpertReviewFixture f = new ExpertReviewFixture();
        UUID reviewCase = f.signedOffCase(UUID.randomUUID(), f.enterprise("北京精雕", "110108"), "110108", "34", "五轴加工");
        UUID expert = f.expert("数控专家", null, List.of("34"), List.of(), List.of(), 5);
        f.run(TestTokens.operator()).statusCode(200);
        post(expert, reviewCase, "", scores(31, 20, 20, 15, 3)).statusCode(422)
                .body("type", equalTo("urn:alliance:problem:points-out-of-range")).body("errors[0].field", equalTo("items[0].points"));
        post(expert, reviewCase, "", Map.of("items", List.of(Map.of("criterion", "TECHNICAL_CONTENT", "points", 10, "comment", "好"))))
                .statusCode(422).body("type", equalTo("urn:alliance:problem:criteria-incomplete")).body("errors[0].field", equalTo("items"));
        post(expert, reviewCase, "", Map.of("items", List.of(Map.of("criterion", "TECHNICAL_CONTENT", "points", -1, "comment", "好"))))
                .statusCode(400).body("errors[0].field", org.hamcrest.Matchers.startsWith("items[0].points"));
        assertEquals(0L, f.db.count("SELECT count(*) FROM expert_score WHERE case_id = ?", reviewCase));
    }

    @Test
    void aSpreadAboveTheCallsThresholdFlagsTheCaseAndTheViewCountsLatestVersions() {
        ExpertReviewFixture f = new ExpertReviewFixture();
        given().auth().oauth2(ExpertReviewFixture.cityUnion("110000")).contentType("application/json")
                .body(Map.of("expertsPerCase", 3, "spreadThreshold", 15, "criteria", List.of(
                        Map.of("code", "TECHNICAL_CONTENT", "name", "技术含量", "weight", 2, "maxPoints", 30, "bonus", false),
                        Map.of("code", "FILLS_GAP", "name", "填补空白", "weight", 1, "maxPoints", 25, "bonus", false),
                        Map.of("code", "SOLVES_PROCESS_PROBLEM", "name", "解决生产工艺难题", "weight", 1, "maxPoints", 25, "bonus", false),
                        Map.of("code", "TRAINS_SKILLED_WORKERS", "name", "培养技能人才", "weight", 1, "maxPoints", 20, "bonus", false),
                        Map.of("code", "FOCUS_INDUSTRY_BONUS", "name", "高精尖产业加分", "weight", 1, "maxPoints", 5, "bonus", true))))
                .when().put("/api/v1/review-calls/" + f.call + "/rubric").then().statusCode(200).body("version", equalTo(1));
        UUID reviewCase = f.signedOffCase(UUID.randomUUID(), f.enterprise("北京地铁车辆装备有限公司", "110105"), "110105", "37", "焊接");
        UUID a = f.expert("专家甲", 5);
        UUID b = f.expert("专家乙", 5);
        UUID c = f.expert("专家丙", 5);
        f.run(TestTokens.operator()).statusCode(200);

        post(a, reviewCase, "", scores(25, 20, 20, 15, 5)).statusCode(201).body("total", equalTo(110));
        post(b, reviewCase, "", scores(20, 20, 20, 15, 5)).statusCode(201).body("total", equalTo(100));
        assertEquals(List.of(new BigDecimal("105.00"), 2, false, false), view(f, reviewCase));
        post(c, reviewCase, "", scores(10, 10, 10, 10, 0)).statusCode(201).body("total", equalTo(50));
        assertEquals(List.of(new BigDecimal("86.67"), 3, true, true), view(f, reviewCase), "110 - 50 > 15: flagged");
        post(c, reviewCase, "/corrections", scores(22, 20, 20, 15, 5)).statusCode(201).body("total", equalTo(104));
        assertEquals(List.of(new BigDecimal("104.67"), 3, true, false), view(f, reviewCase), "the correction replaces the first version");

        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/reviews/" + reviewCase + "/scores").then().statusCode(200)
                .body("versions", hasSize(4)).body("aggregateScore", equalTo(104.67f)).body("flagged", equalTo(false))
                .body("complete", equalTo(true));
        // scoring has begun: the rubric is frozen
        given().auth().oauth2(TestTokens.operator()).contentType("application/json")
                .body(Map.of("expertsPerCase", 2, "spreadThreshold", 10, "criteria", List.of(
                        Map.of("code", "TECHNICAL_CONTENT", "name", "技术含量", "weight", 1, "maxPoints", 100, "bonus", false))))
                .when().put("/api/v1/review-calls/" + f.call + "/rubric").then().statusCode(409)
                .body("type", equalTo("urn:alliance:problem:rubric-in-use"));
    }

    static List<Object> view(ExpertReviewFixture f, UUID reviewCase) {
        Map<String, Object> row = f.db.rows("SELECT aggregate_score, experts_scored, complete, flagged FROM case_score WHERE case_id = ?",
                reviewCase).get(0);
        return List.of(row.get("aggregate_score"), row.get("experts_scored"), row.get("complete"), row.get("flagged"));
    }
}
