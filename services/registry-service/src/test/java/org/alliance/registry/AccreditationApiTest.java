package org.alliance.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class AccreditationApiTest {

    private static final String BAOTOU = "150200";

    @Test
    void accreditRevokeAndAccreditAgainKeepTheWholeHistory() {
        String union = TestTokens.union("150000");
        String studio = studio("卢仁峰创新工作室");
        String path = "/api/v1/studios/" + studio;

        accredit(union, studio, null, "NATIONAL_DEMONSTRATION", "150000", "2019-05-01").then().statusCode(201)
                .header("ETag", "\"2\"")
                .body("status", equalTo("ACCREDITED")).body("tier", equalTo("NATIONAL_DEMONSTRATION"))
                .body("accreditation.accreditedBy", equalTo("150000"))
                .body("accreditation.accreditedOn", equalTo("2019-05-01"))
                .body("accreditation.reReviewDue", equalTo("2024-05-01"));

        String before = Db.fingerprint();
        revoke(union, studio, "\"1\"", "五年复评未通过", "2024-06-15").then().statusCode(412);
        revoke(union, studio, null, "五年复评未通过", "2019-04-01").then().statusCode(422)
                .body("errors[0].field", equalTo("revokedOn"));
        revoke(union, studio, null, " ", null).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        assertEquals(before, Db.fingerprint());

        revoke(union, studio, "\"2\"", "五年复评未通过：创新成果未达到认定标准", "2024-06-15").then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("accreditation.accreditedOn", equalTo("2019-05-01"))
                .body("revocation.reason", equalTo("五年复评未通过：创新成果未达到认定标准"))
                .body("revocation.revokedOn", equalTo("2024-06-15"));
        revoke(union, studio, null, "again", "2024-06-16").then().statusCode(409);

        // a revoked studio needs a new accreditation dated on or after its revocation
        before = Db.fingerprint();
        accredit(union, studio, null, "MUNICIPAL", "150000", "2024-06-01").then().statusCode(422)
                .body("errors[0].field", equalTo("accreditedOn"));
        assertEquals(before, Db.fingerprint());
        accredit(union, studio, null, "PROVINCIAL_DEMONSTRATION", "150000", "2025-03-01").then().statusCode(201)
                .body("status", equalTo("ACCREDITED")).body("tier", equalTo("PROVINCIAL_DEMONSTRATION"))
                .body("$", not(hasKey("revocation"))).body("accreditation.reReviewDue", equalTo("2030-03-01"))
                .body("version", equalTo(4));

        Fixtures.get(TestTokens.reviewer(), path + "/accreditations").then().statusCode(200)
                .body("kind", contains("ACCREDITED", "REVOKED", "ACCREDITED"))
                .body("tier", contains("NATIONAL_DEMONSTRATION", "NATIONAL_DEMONSTRATION", "PROVINCIAL_DEMONSTRATION"))
                .body("[1].reason", equalTo("五年复评未通过：创新成果未达到认定标准"))
                .body("studioVersion", contains(2, 3, 4))
                .body("recordedBy", contains("test-union-150000", "test-union-150000", "test-union-150000"));
        assertEquals(List.of("studio.registered.v1", "studio.accredited.v1", "studio.revoked.v1", "studio.accredited.v1"),
                Db.eventTypes(studio));
        assertEquals(3L, Db.count("SELECT count(*) FROM studio_accreditation WHERE studio_id = ?::uuid", studio));
    }

    @Test
    void theAccreditingUnionMustCoverTheStudio() {
        String studio = studio("吴险峰创新工作室");
        String before = Db.fingerprint();
        // a city union cannot speak for its province
        accredit(TestTokens.union(BAOTOU), studio, null, "MUNICIPAL", "150000", "2020-01-01").then().statusCode(403)
                .body("errors[0].field", equalTo("accreditedBy"));
        // an operator may record any union's accreditation, but only one that covers the studio's region
        accredit(TestTokens.operator(), studio, null, "MUNICIPAL", "110000", "2020-01-01").then().statusCode(422)
                .body("errors[0].field", equalTo("accreditedBy"));
        accredit(TestTokens.operator(), studio, null, "MUNICIPAL", "150000", "2999-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("accreditedOn"));
        accredit(TestTokens.operator(), studio, null, "GOLD", "150000", "2020-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("tier"));
        revoke(TestTokens.operator(), studio, null, "从未认定", "2020-01-01").then().statusCode(409);
        assertEquals(before, Db.fingerprint());

        accredit(TestTokens.union(BAOTOU), studio, null, "MUNICIPAL", BAOTOU, "2020-01-01").then().statusCode(201);
        // a re-accreditation is never dated before the current one; the tier of an accredited studio only changes so
        accredit(TestTokens.union(BAOTOU), studio, null, "MUNICIPAL", BAOTOU, "2019-01-01").then().statusCode(422);
        Map<String, Object> changes = Fixtures.studio(null, "吴险峰创新工作室", "NATIONAL_DEMONSTRATION", "露天煤矿设备", List.of());
        Fixtures.put(TestTokens.union(BAOTOU), "/api/v1/studios/" + studio, "\"2\"", changes).then().statusCode(422)
                .body("errors[0].field", equalTo("tier"));
    }

    @Test
    void listsStudiosDueForReReviewInAPeriod() {
        String early = studio("二〇一八年认定工作室");
        String late = studio("二〇二一年认定工作室");
        String revoked = studio("已撤销工作室");
        String op = TestTokens.operator();
        accredit(op, early, null, "MUNICIPAL", "150000", "2018-03-10").then().statusCode(201);
        accredit(op, late, null, "MUNICIPAL", "150000", "2021-07-01").then().statusCode(201);
        accredit(op, revoked, null, "MUNICIPAL", "150000", "2018-05-01").then().statusCode(201);
        revoke(op, revoked, null, "复评未通过", "2023-05-02").then().statusCode(200);

        Fixtures.get(TestTokens.union("150000"), "/api/v1/studios/due-for-re-review?from=2023-01-01&to=2023-12-31").then()
                .statusCode(200).body("items.id", contains(early)).body("items[0].accreditation.reReviewDue", equalTo("2023-03-10"));
        Fixtures.get(op, "/api/v1/studios/due-for-re-review?from=2023-01-01&to=2026-12-31&size=200").then().statusCode(200)
                .body("items.id", hasItem(late)).body("items.id", not(hasItem(revoked)));
        Fixtures.get(TestTokens.union("110000"), "/api/v1/studios/due-for-re-review?from=2023-01-01&to=2026-12-31").then()
                .statusCode(200).body("items.id", not(hasItem(early)));
        Fixtures.get(op, "/api/v1/studios/due-for-re-review?from=2023-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        Fixtures.get(op, "/api/v1/studios/due-for-re-review?from=2024-01-01&to=2023-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    private static String studio(String name) {
        String enterprise = Fixtures.createEnterprise(BAOTOU, name.replace("工作室", "") + "所属企业");
        return Fixtures.createStudio(BAOTOU, enterprise, name);
    }

    static io.restassured.response.Response accredit(String token, String studio, String ifMatch, String tier, String by, String on) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("tier", tier, "accreditedBy", by, "accreditedOn", on));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/api/v1/studios/" + studio + "/accreditations");
    }

    static io.restassured.response.Response revoke(String token, String studio, String ifMatch, String reason, String on) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("reason", reason);
        if (on != null) {
            body.put("revokedOn", on);
        }
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/api/v1/studios/" + studio + "/revocation");
    }
}
