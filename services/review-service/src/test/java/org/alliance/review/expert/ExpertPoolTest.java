package org.alliance.review.expert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The expert pool's profile: employer, expertise, declared conflicts, most cases per call, active. */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class ExpertPoolTest {

    static final UUID EMPLOYER = UUID.fromString("5b0e6a52-1f7c-4d1e-9a57-0c3e4a2d7b11");
    static final UUID STUDIO = UUID.fromString("7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e");

    static Map<String, Object> profile() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "卢仁峰");
        body.put("affiliation", "内蒙古第一机械集团有限公司");
        body.put("specialty", "特种车辆焊接工艺");
        body.put("regionCode", "150200");
        body.put("employerEnterpriseId", EMPLOYER.toString());
        body.put("industryDivisions", List.of("37", "33", "37"));
        body.put("keywords", List.of("装甲钢焊接", "变形控制"));
        body.put("declaredConflictStudioIds", List.of(STUDIO.toString()));
        body.put("maxCasesPerCall", 8);
        return body;
    }

    static ExtractableResponse<Response> enrol(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.operator()).contentType("application/json").body(body)
                .when().post("/api/v1/experts").then().extract();
    }

    @Test
    void theWholeProfileRoundTrips() {
        String location = enrol(profile()).header("Location");
        given().auth().oauth2(TestTokens.coordinator()).when().get(location).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("employerEnterpriseId", equalTo(EMPLOYER.toString()))
                .body("industryDivisions", contains("33", "37"))
                .body("keywords", contains("装甲钢焊接", "变形控制"))
                .body("declaredConflictStudioIds", contains(STUDIO.toString()))
                .body("maxCasesPerCall", equalTo(8))
                .body("active", equalTo(true));
    }

    @Test
    void aReplaceNeedsTheCurrentVersion() {
        String location = enrol(profile()).header("Location");
        Map<String, Object> changed = profile();
        changed.put("active", false);
        changed.put("maxCasesPerCall", 3);
        given().auth().oauth2(TestTokens.operator()).contentType("application/json").body(changed)
                .when().put(location).then().statusCode(428).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        given().auth().oauth2(TestTokens.operator()).contentType("application/json").header("If-Match", "\"7\"").body(changed)
                .when().put(location).then().statusCode(412).body("errors[0].field", equalTo("If-Match"));
        given().auth().oauth2(TestTokens.operator()).contentType("application/json").header("If-Match", "\"1\"").body(changed)
                .when().put(location).then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("active", equalTo(false)).body("maxCasesPerCall", equalTo(3));
        given().auth().oauth2(TestTokens.union("150000")).contentType("application/json").header("If-Match", "\"2\"").body(changed)
                .when().put(location).then().statusCode(403);
    }

    @Test
    void badExpertiseIsRefusedNamingTheField() {
        Map<String, Object> body = profile();
        body.put("industryDivisions", List.of("C37"));
        enrol(body);
        given().auth().oauth2(TestTokens.operator()).contentType("application/json").body(body)
                .when().post("/api/v1/experts").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", startsWith("industryDivisions[0]"));
        body = profile();
        body.put("maxCasesPerCall", 0);
        given().auth().oauth2(TestTokens.operator()).contentType("application/json").body(body)
                .when().post("/api/v1/experts").then().statusCode(400).body("errors[0].field", equalTo("maxCasesPerCall"));
    }
}
