package org.alliance.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.ServiceFoundationTests;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching_test"))
class ServiceFoundationTest extends ServiceFoundationTests {

    @Override
    protected String documentedPath() {
        return "/api/v1/needs";
    }

    @Override
    protected List<String> declaredPaths() {
        return List.of("/api/v1/needs", "/api/v1/needs/{id}", "/api/v1/needs/{id}/matches", "/api/v1/replica",
                "/api/v1/replica/rebuild");
    }

    @Test
    void chineseRoundTripsThroughDatabase() {
        String description = "锅炉“四管”磨损严重，需防磨防爆在线监测与安全预警方案；涉及热电联产机组。";
        String location = given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("title", "锅炉防磨防爆", "description", description, "industryCode", "44",
                        "regionCode", "420000", "urgency", "HIGH"))
                .when().post("/api/v1/needs")
                .then().statusCode(201).extract().header("Location");
        given().auth().oauth2(TestTokens.coordinator()).when().get(location).then().statusCode(200)
                .body("title", equalTo("锅炉防磨防爆"))
                .body("description", equalTo(description));
    }
}
