package org.alliance.application.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.alliance.application.support.Applications;
import org.alliance.application.support.Calls;
import org.alliance.application.support.Decisions;
import org.alliance.application.support.Studios;
import org.alliance.application.support.TestClock;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A studio funded in the 2025 call may not apply in 2026 until the city union accepts its project's
 * completion; the project is listed overdue once past its due date.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "application_test"))
class CrossCycleTest {

    static final String CITY = TestTokens.union("110000");
    static final String DISTRICT = TestTokens.union("110105");

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFundedStudioWaitsForItsCompletionAcceptanceBeforeApplyingAgain() {
        String call2025 = Calls.published(Calls.projectCall(2025, "2025-09-01", "2025-11-15"));
        String call2026 = Calls.published(Calls.projectCall(2026, "2026-09-01", "2026-11-15"));
        UUID studio = Studios.accredited("110105", "MUNICIPAL");

        clock.setChinaTime(LocalDateTime.parse("2025-11-15T23:59:59"));
        String funded = Applications.draft(DISTRICT, Applications.project(call2025, 2025, studio));
        Applications.submit(DISTRICT, funded).statusCode(200);
        Decisions.fund(funded, call2025, studio, "A", 100_000);
        given().auth().oauth2(DISTRICT).when().get("/api/v1/applications/" + funded).then().body("status", equalTo("FUNDED"));
        String project = given().auth().oauth2(DISTRICT).when().get("/api/v1/projects").then().statusCode(200)
                .extract().path("items.find { it.applicationId == '" + funded + "' }.id");
        given().auth().oauth2(DISTRICT).when().get("/api/v1/projects/" + project).then().statusCode(200)
                .body("amountRmb", equalTo(100_000)).body("grade", equalTo("A"))
                .body("approvedOn", equalTo("2025-03-10")).body("dueOn", equalTo("2027-03-10")).body("status", equalTo("FUNDED"));

        clock.setChinaTime(LocalDateTime.parse("2026-10-08T10:00:00"));
        String next = Applications.draft(DISTRICT, Applications.project(call2026, 2026, studio));
        Applications.submit(DISTRICT, next).statusCode(422)
                .body("rule", equalTo("studio-has-unaccepted-project")).body("errors[0].field", equalTo("studioId"));

        given().auth().oauth2(DISTRICT).contentType("application/json").body(Map.of("report", "项目已完成，检测平台投入使用，漏检率降至百分之一以下。"))
                .when().post("/api/v1/projects/" + project + "/completion-report")
                .then().statusCode(200).body("status", equalTo("REPORTED"));
        Applications.submit(DISTRICT, next).statusCode(422).body("rule", equalTo("studio-has-unaccepted-project"));
        // only the city union (the call's issuing region) accepts
        given().auth().oauth2(DISTRICT).contentType("application/json").body(Map.of("verdict", "ACCEPTED"))
                .when().post("/api/v1/projects/" + project + "/completion-verdict").then().statusCode(403);
        given().auth().oauth2(CITY).contentType("application/json").body(Map.of("verdict", "FAILED", "reason", "缺少验收测试报告"))
                .when().post("/api/v1/projects/" + project + "/completion-verdict")
                .then().statusCode(200).body("status", equalTo("FAILED"));
        Applications.submit(DISTRICT, next).statusCode(422).body("rule", equalTo("studio-has-unaccepted-project"));
        given().auth().oauth2(DISTRICT).contentType("application/json").body(Map.of("report", "补充验收测试报告。"))
                .when().post("/api/v1/projects/" + project + "/completion-report").then().statusCode(200);
        given().auth().oauth2(CITY).contentType("application/json").body(Map.of("verdict", "ACCEPTED"))
                .when().post("/api/v1/projects/" + project + "/completion-verdict")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("acceptedOn", equalTo("2026-10-08"));

        Applications.submit(DISTRICT, next).statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aProjectPastItsDueDateWithoutAcceptedCompletionIsOverdue() {
        String call = Calls.published(Calls.projectCall(2027, "2027-09-01", "2027-11-15"));
        UUID studio = Studios.accredited("110108", "DISTRICT_BUREAU_GROUP");
        clock.setChinaTime(LocalDateTime.parse("2027-09-01T00:00:00"));
        String id = Applications.draft(CITY, Applications.project(call, 2027, studio));
        Applications.submit(CITY, id).statusCode(200);
        Decisions.fund(id, call, studio, null, 30_000);
        clock.setChinaTime(LocalDateTime.parse("2029-03-10T12:00:00"));
        given().auth().oauth2(CITY).queryParam("overdue", true).queryParam("size", 200).when().get("/api/v1/projects")
                .then().statusCode(200).body("items.applicationId", not(hasItem(id)));
        clock.setChinaTime(LocalDateTime.parse("2029-03-11T00:00:00"));
        given().auth().oauth2(CITY).queryParam("overdue", true).queryParam("size", 200).when().get("/api/v1/projects")
                .then().statusCode(200).body("items.applicationId", hasItem(id));
        given().auth().oauth2(TestTokens.union("310000")).queryParam("overdue", true).when().get("/api/v1/projects")
                .then().statusCode(200).body("items.applicationId", not(hasItem(id)));
    }

    @Test
    void aReturnedApplicationIsAmendedThroughEveryRuleAgain() {
        String call = Calls.published(Calls.projectCall(2028, "2028-09-01", "2028-11-15"));
        UUID studio = Studios.accredited("110105", "MUNICIPAL");
        clock.setChinaTime(LocalDateTime.parse("2028-10-01T08:00:00"));
        Map<String, Object> form = Applications.project(call, 2028, studio);
        String id = Applications.draft(DISTRICT, form);
        Applications.submit(DISTRICT, id).statusCode(200);
        Decisions.returnForChanges(id, "请补充技术方案细节");
        given().auth().oauth2(DISTRICT).when().get("/api/v1/applications/" + id).then()
                .body("status", equalTo("RETURNED")).body("returnReason", equalTo("请补充技术方案细节"));
        Applications.part(form, "project").put("startupFundsPaid", false);
        given().auth().oauth2(DISTRICT).contentType("application/json").body(form).when().put("/api/v1/applications/" + id)
                .then().statusCode(422).body("rule", equalTo("startup-funds-paid"));
        given().auth().oauth2(DISTRICT).when().get("/api/v1/applications/" + id).then().body("status", equalTo("RETURNED"))
                .body("project.startupFundsPaid", equalTo(true));
        Applications.part(form, "project").put("startupFundsPaid", true);
        Applications.part(form, "project").put("technicalContent", "以机器视觉、振动分析和声发射检测转向架关键部件裂纹与松动。");
        given().auth().oauth2(DISTRICT).contentType("application/json").body(form).when().put("/api/v1/applications/" + id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("project.technicalContent", equalTo("以机器视觉、振动分析和声发射检测转向架关键部件裂纹与松动。"));
    }
}
