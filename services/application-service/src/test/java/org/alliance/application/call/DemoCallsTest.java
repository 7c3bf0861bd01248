package org.alliance.application.call;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.ProjectRoot;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The calls {@code deploy/local/up} opens (deploy/local/demo/calls.json) are accepted by the service
 * as they are: the demo data drifted once from a new call rule and the stack came up without calls.
 * The body is completed as DemoData does it (title's year, window, a patent call's grant window).
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "application_test"))
class DemoCallsTest {

    @Test
    void theDemoCallsDraftAndPublish() throws Exception {
        Map<String, Object> demo = new ObjectMapper().readValue(
                Files.readString(ProjectRoot.find().resolve("deploy/local/demo/calls.json")), new TypeReference<>() {
                });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> calls = (List<Map<String, Object>>) demo.get("calls");
        int year = 2093; // a year no other test of this database opens calls in (one call per kind, year and region)
        for (Map<String, Object> call : calls) {
            Map<String, Object> body = new LinkedHashMap<>(call);
            body.put("title", ((String) call.get("title")).replace("{year}", String.valueOf(year)));
            body.put("year", year);
            body.put("opensOn", year + "-03-01");
            body.put("closesOn", year + "-11-15");
            if ("PATENT_BOOST".equals(call.get("kind"))) {
                body.put("grantFrom", (year - 1) + "-01-01");
                body.put("grantTo", (year - 1) + "-12-31");
            }
            String union = TestTokens.union((String) call.get("issuingRegion"));
            String id = given().auth().oauth2(union).contentType("application/json").body(body)
                    .when().post("/api/v1/calls")
                    .then().statusCode(201).extract().path("id");
            given().auth().oauth2(union).when().post("/api/v1/calls/" + id + "/publication")
                    .then().statusCode(200).body("phase", equalTo("PUBLISHED"));
        }
    }
}
