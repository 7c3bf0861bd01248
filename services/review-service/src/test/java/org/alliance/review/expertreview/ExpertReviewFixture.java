package org.alliance.review.expertreview;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.review.support.Registry;
import org.alliance.testing.TestDatabase;
import org.alliance.testing.TestTokens;

/**
 * Signed-off project cases, registry enterprises and links (through Kafka into the replica), and an expert
 * pool of the test's own: every other expert is made inactive first, so a test's assignment chooses among its
 * experts only.
 */
final class ExpertReviewFixture {

    static final Duration WAIT = Duration.ofSeconds(60);
    final TestDatabase db = TestDatabase.ofServiceUnderTest();
    final UUID call = UUID.randomUUID();

    ExpertReviewFixture() {
        db.update("UPDATE expert SET active = false");
    }

    /** An enterprise in the replica, through the registry's topic. */
    UUID enterprise(String name, String region) {
        UUID id = UUID.randomUUID();
        Registry.enterprise(id, name, region, 1);
        await().atMost(WAIT).until(() -> db.count("SELECT count(*) FROM enterprise WHERE id = ?", id) == 1);
        return id;
    }

    /** {@code upstream} supplies {@code downstream}, through the registry's topic. */
    void supplies(UUID upstream, UUID downstream) {
        UUID link = UUID.randomUUID();
        Registry.supplyLink(link, upstream, downstream, true, 1);
        await().atMost(WAIT).until(() -> db.count("SELECT count(*) FROM supply_link WHERE id = ? AND active", link) == 1);
    }

    /** The registry's v2 event: {@code enterprise} (held at version 1) now belongs to the group headed by {@code head}. */
    void joinsGroup(UUID enterprise, String name, String region, UUID head) {
        Registry.enterpriseV2(enterprise, name, region, head, 2);
        await().atMost(WAIT).until(() -> db.count("SELECT count(*) FROM enterprise WHERE id = ? AND group_enterprise_id = ?",
                enterprise, head) == 1);
    }

    /** A project case of the call the city union has signed off. */
    UUID signedOffCase(UUID studio, UUID enterprise, String region, String division, String title) {
        UUID id = UUID.randomUUID();
        db.update("""
                INSERT INTO review_case (id, application_id, call_id, call_year, kind, region_code, studio_id, enterprise_id,
                    enterprise_name, title, industry_division, stage, status, application_version, submitted_at)
                VALUES (?, ?, ?, 2026, 'PROJECT_BOOST', ?, ?, ?, '申报企业', ?, ?, 'SIGNED_OFF', 'SIGNED_OFF', 1, now())""",
                id, UUID.randomUUID(), call, region, studio, enterprise, title, division);
        return id;
    }

    UUID expert(String name, UUID employer, List<String> divisions, List<String> keywords, List<UUID> declared, int max) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("affiliation", "某单位");
        body.put("specialty", String.join("、", keywords.isEmpty() ? List.of("综合") : keywords));
        body.put("regionCode", "110000");
        if (employer != null) {
            body.put("employerEnterpriseId", employer.toString());
        }
        body.put("industryDivisions", divisions);
        body.put("keywords", keywords);
        body.put("declaredConflictStudioIds", declared.stream().map(UUID::toString).toList());
        body.put("maxCasesPerCall", max);
        return UUID.fromString(given().auth().oauth2(TestTokens.operator()).contentType("application/json").body(body)
                .when().post("/api/v1/experts").then().statusCode(201).extract().path("id"));
    }

    UUID expert(String name, int max) {
        return expert(name, null, List.of("37"), List.of("焊接"), List.of(), max);
    }

    static String cityUnion(String region) {
        return TestTokens.union(region, "CITY");
    }

    io.restassured.response.ValidatableResponse run(String token) {
        return given().auth().oauth2(token).contentType("application/json").when().post("/api/v1/review-calls/" + call + "/assignments")
                .then();
    }

    io.restassured.response.ValidatableResponse explain(String token, UUID reviewCase) {
        return given().auth().oauth2(token).when().get("/api/v1/reviews/" + reviewCase + "/assignment").then();
    }

    List<UUID> assigned(UUID reviewCase) {
        return db.rows("SELECT expert_id FROM expert_assignment WHERE case_id = ? AND status = 'ASSIGNED' ORDER BY expert_id", reviewCase)
                .stream().map(r -> (UUID) r.get("expert_id")).toList();
    }
}
