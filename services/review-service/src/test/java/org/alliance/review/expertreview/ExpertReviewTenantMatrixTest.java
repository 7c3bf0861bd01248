package org.alliance.review.expertreview;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.review.support.Registry;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every expert-review endpoint against every identity: the review office (operator, coordinator, the city
 * union of the case's region), the city union of another region, lower union levels, a union naming no
 * level, the assigned expert, another expert, a reviewer naming no expert, no token. A refusal is
 * problem+json and changes no assignment, score or rubric.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class ExpertReviewTenantMatrixTest {

    @BeforeAll
    static void topics() {
        Registry.topics();
    }

    record Call(String method, String path, Object body) {
    }

    @Test
    void everyEndpointAnswersEveryIdentityAsDocumented() {
        ExpertReviewFixture f = new ExpertReviewFixture();
        UUID enterprise = f.enterprise("北京地铁车辆装备有限公司", "110105");
        UUID reviewCase = f.signedOffCase(UUID.randomUUID(), enterprise, "110105", "37", "转向架焊接");
        UUID assigned = f.expert("被指派专家", 5);
        UUID bystander = f.expert("未指派专家", null, List.of("44"), List.of(), List.of(), 5);
        f.db.update("UPDATE expert SET active = false WHERE id = ?", bystander);
        f.run(TestTokens.operator()).statusCode(200);
        f.db.update("UPDATE expert SET active = true WHERE id = ?", bystander);

        Map<String, String> who = new LinkedHashMap<>();
        who.put("operator", TestTokens.operator());
        who.put("coordinator", TestTokens.coordinator());
        who.put("city union 110000", ExpertReviewFixture.cityUnion("110000"));
        who.put("city union 310000", ExpertReviewFixture.cityUnion("310000"));
        who.put("district union 110000", TestTokens.union("110000", "DISTRICT"));
        who.put("unit union", TestTokens.unitUnion("110105", enterprise));
        who.put("union without level", TestTokens.union("110000"));
        who.put("assigned expert", TestTokens.reviewer(assigned));
        who.put("other expert", TestTokens.reviewer(bystander));
        who.put("reviewer without expert", TestTokens.reviewer());
        who.put("no token", null);

        Map<String, Object> rubric = Map.of("expertsPerCase", 1, "spreadThreshold", 20, "criteria", List.of(
                Map.of("code", "TECHNICAL_CONTENT", "name", "技术含量", "weight", 1, "maxPoints", 100, "bonus", false)));
        Map<String, Object> scores = Map.of("items", List.of(Map.of("criterion", "TECHNICAL_CONTENT", "points", 80, "comment", "较好")));
        Call putRubric = new Call("PUT", "/api/v1/review-calls/" + f.call + "/rubric", rubric);
        Call getRubric = new Call("GET", "/api/v1/review-calls/" + f.call + "/rubric", null);
        Call run = new Call("POST", "/api/v1/review-calls/" + f.call + "/assignments", null);
        Call explain = new Call("GET", "/api/v1/reviews/" + reviewCase + "/assignment", null);
        Call mine = new Call("GET", "/api/v1/expert-reviews", null);
        Call trail = new Call("GET", "/api/v1/reviews/" + reviewCase + "/scores", null);
        Call score = new Call("POST", "/api/v1/reviews/" + reviewCase + "/scores", scores);
        Call correct = new Call("POST", "/api/v1/reviews/" + reviewCase + "/scores/corrections", scores);
        Call decline = new Call("POST", "/api/v1/reviews/" + reviewCase + "/assignment/decline", Map.of("reason", "回避"));

        // identity -> expected status, per endpoint, in the order they are called
        Map<Call, int[]> expected = new LinkedHashMap<>();
        //                                op   co   c11  c31  dis  unit nolv asg  oth  nox  none
        expected.put(putRubric, new int[] {200, 200, 200, 404, 403, 403, 403, 403, 403, 403, 401});
        expected.put(getRubric, new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 401});
        expected.put(run, new int[] {200, 200, 200, 200, 403, 403, 403, 403, 403, 403, 401});
        expected.put(explain, new int[] {200, 200, 200, 404, 403, 403, 403, 403, 403, 403, 401});
        expected.put(mine, new int[] {403, 403, 403, 403, 403, 403, 403, 200, 200, 403, 401});
        expected.put(correct, new int[] {403, 403, 403, 403, 403, 403, 403, 409, 404, 403, 401});
        expected.put(score, new int[] {403, 403, 403, 403, 403, 403, 403, 201, 404, 403, 401});
        expected.put(trail, new int[] {200, 200, 200, 404, 403, 403, 403, 200, 404, 403, 401});
        expected.put(decline, new int[] {403, 403, 403, 403, 403, 403, 403, 409, 404, 403, 401});

        List<String> wrong = new ArrayList<>();
        for (var e : expected.entrySet()) {
            int i = 0;
            for (var identity : who.entrySet()) {
                int want = e.getValue()[i++];
                String state = state(f, reviewCase);
                RequestSpecification request = given().contentType("application/json");
                if (identity.getValue() != null) {
                    request = request.auth().oauth2(identity.getValue());
                }
                if (e.getKey().body() != null) {
                    request = request.body(e.getKey().body());
                }
                var response = request.when().request(e.getKey().method(), e.getKey().path()).then().extract();
                String what = e.getKey().method() + " " + e.getKey().path() + " as " + identity.getKey();
                if (response.statusCode() != want) {
                    wrong.add(what + ": " + response.statusCode() + " (expected " + want + ") " + response.body().asString());
                } else if (want >= 400) {
                    if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                        wrong.add(what + ": not problem+json");
                    }
                    if (!state.equals(state(f, reviewCase))) {
                        wrong.add(what + ": refused, but changed " + state + " to " + state(f, reviewCase));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(List.of(assigned), f.assigned(reviewCase), "scored, so the decline was refused");
    }

    /** Assignments, scores and the rubric's version: what a refused call must leave as it was. */
    static String state(ExpertReviewFixture f, UUID reviewCase) {
        return f.db.rows("""
                SELECT (SELECT string_agg(expert_id || ':' || status, ',' ORDER BY expert_id) FROM expert_assignment WHERE case_id = ?) AS a,
                       (SELECT count(*) FROM expert_score WHERE case_id = ?) AS s,
                       (SELECT max(version) FROM review_rubric WHERE call_id = ?) AS r""", reviewCase, reviewCase, f.call).get(0).toString();
    }
}
