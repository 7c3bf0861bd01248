package org.alliance.review;

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
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class ServiceFoundationTest extends ServiceFoundationTests {

    @Override
    protected String documentedPath() {
        return "/api/v1/experts";
    }

    @Override
    protected List<String> declaredPaths() {
        return List.of("/api/v1/experts", "/api/v1/experts/{id}", "/api/v1/review-calls/{callId}/rubric",
                "/api/v1/review-calls/{callId}/assignments", "/api/v1/reviews/{caseId}/assignment",
                "/api/v1/reviews/{caseId}/assignment/decline", "/api/v1/expert-reviews", "/api/v1/reviews/{caseId}/scores",
                "/api/v1/reviews/{caseId}/scores/corrections", "/api/v1/reviews",
                "/api/v1/reviews/{id}", "/api/v1/reviews/{id}/sign-offs", "/api/v1/review-calls/{callId}/selection",
                "/api/v1/review-calls/{callId}/selection/preview");
    }

    @Test
    void chineseRoundTripsThroughDatabase() {
        Map<String, String> expert = Map.of("name", "卢仁峰", "affiliation", "内蒙古第一机械集团有限公司",
                "specialty", "特种车辆焊接工艺", "regionCode", "150000");
        String location = given().auth().oauth2(TestTokens.operator()).contentType("application/json").body(expert)
                .when().post("/api/v1/experts")
                .then().statusCode(201).extract().header("Location");
        given().auth().oauth2(TestTokens.operator()).when().get(location).then().statusCode(200)
                .body("name", equalTo("卢仁峰"))
                .body("affiliation", equalTo("内蒙古第一机械集团有限公司"))
                .body("specialty", equalTo("特种车辆焊接工艺"));
    }

    @Test
    void regionCodeMustBeSixDigits() {
        given().auth().oauth2(TestTokens.operator()).contentType("application/json")
                .body(Map.of("name", "张三", "affiliation", "某单位", "specialty", "焊接", "regionCode", "北京"))
                .when().post("/api/v1/experts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("regionCode"));
    }
}
