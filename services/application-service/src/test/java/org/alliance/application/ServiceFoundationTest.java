package org.alliance.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.alliance.application.support.Calls;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.ServiceFoundationTests;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "application_test"))
class ServiceFoundationTest extends ServiceFoundationTests {

    @Override
    protected String documentedPath() {
        return "/api/v1/calls";
    }

    @Override
    protected List<String> declaredPaths() {
        return List.of("/api/v1/calls", "/api/v1/calls/{id}", "/api/v1/calls/{id}/publication", "/api/v1/applications",
                "/api/v1/applications/{id}", "/api/v1/applications/{id}/submission", "/api/v1/applications/{id}/withdrawal",
                "/api/v1/applications/{id}/attachments", "/api/v1/applications/{id}/attachments/{attachmentId}",
                "/api/v1/projects", "/api/v1/projects/{id}", "/api/v1/projects/{id}/completion-report",
                "/api/v1/projects/{id}/completion-verdict", "/api/v1/outcomes", "/api/v1/outcomes/{id}");
    }

    @Test
    void chineseTitleRoundTripsThroughDatabase() {
        String title = "2021年北京市职工创新助推计划·创新项目助推（卢仁峰创新工作室适用）";
        String location = given().auth().oauth2(TestTokens.operator()).contentType("application/json")
                .body(withTitle(Calls.projectCall(2021, "2021-09-01", "2021-11-15"), title))
                .when().post("/api/v1/calls")
                .then().statusCode(201).body("title", equalTo(title)).extract().header("Location");
        given().auth().oauth2(TestTokens.operator()).when().get(location).then().statusCode(200).body("title", equalTo(title));
        given().auth().oauth2(TestTokens.operator()).when().get("/api/v1/calls").then().statusCode(200).body("items.title", hasItem(title));
    }

    private static Map<String, Object> withTitle(Map<String, Object> call, String title) {
        call.put("title", title);
        return call;
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        given().auth().oauth2(TestTokens.operator()).contentType("application/json")
                .body(Map.of("kind", "PATENT_BOOST", "year", 1990, "title", "", "opensOn", "2021-01-01", "closesOn", "2021-02-01"))
                .when().post("/api/v1/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("year"))
                .body("errors.field", hasItem("title"));
        Map<String, Object> colourful = Calls.patentCall(2022, "2022-01-01", "2022-02-01");
        colourful.put("colour", "red");
        given().auth().oauth2(TestTokens.operator()).contentType("application/json")
                .body(colourful)
                .when().post("/api/v1/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"));
        given().auth().oauth2(TestTokens.operator()).when().get("/api/v1/calls").then().body("items.year", org.hamcrest.Matchers.not(hasItem(2022)));
    }
}
