package org.alliance.application.application;

import static io.restassured.RestAssured.given;
import static org.alliance.application.support.Applications.part;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.alliance.application.support.Applications;
import org.alliance.application.support.Calls;
import org.alliance.application.support.Studios;
import org.alliance.application.support.TestClock;
import org.alliance.application.domain.application.PatentNumber;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rule table: for every eligibility rule, the application that meets it is submitted and the one
 * that breaks it is refused with the rule's code and field, and stays a draft.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "application_test"))
class EligibilityRulesTest {

    static final String BEIJING = TestTokens.union("110000");
    static final int YEAR = 2040;
    static String patentCall;
    static String projectCall;

    @Inject
    TestClock clock;

    @BeforeEach
    void openCalls() {
        if (patentCall == null) {
            patentCall = Calls.published(Calls.patentCall(YEAR, YEAR + "-03-01", YEAR + "-11-15"));
            projectCall = Calls.published(Calls.projectCall(YEAR, YEAR + "-09-01", YEAR + "-11-15"));
        }
        clock.setChinaTime(LocalDateTime.parse(YEAR + "-10-08T09:30:00"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void patentNumberIsACnipaNumberWithItsCheckDigit() {
        patentCase(f -> part(f, "patent").put("number", "ZL 2038 1 0601862." + PatentNumber.checkDigitOf("203810601862")), null, null);
        patentCase(f -> part(f, "patent").put("number", "2038106018"), "patent-number-format", "patent.number");
        String digits = "203810601863";
        char wrong = PatentNumber.checkDigitOf(digits) == '1' ? '2' : '1';
        patentCase(f -> part(f, "patent").put("number", "ZL" + digits + "." + wrong), "patent-check-digit", "patent.number");
    }

    @Test
    void onlyInventionPatents() {
        String utility = "203820601864";
        patentCase(f -> part(f, "patent").put("number", "ZL" + utility + "." + PatentNumber.checkDigitOf(utility)),
                "patent-not-invention", "patent.number");
    }

    @Test
    void grantedInTheCallsGrantWindowTheLastDayOfThePreviousYearCounts() {
        patentCase(f -> part(f, "patent").put("grantedOn", (YEAR - 1) + "-12-31"), null, null);
        patentCase(f -> part(f, "patent").put("grantedOn", YEAR + "-01-01"), "patent-grant-window", "patent.grantedOn");
        patentCase(f -> part(f, "patent").put("grantedOn", (YEAR - 1) + "-01-01"), null, null);
        patentCase(f -> part(f, "patent").put("grantedOn", (YEAR - 2) + "-12-31"), "patent-grant-window", "patent.grantedOn");
    }

    @Test
    void theFirstInventorIsAFrontlineWorker() {
        patentCase(f -> part(f, "patent").put("frontline", false), "inventor-frontline", "patent.frontline");
    }

    @Test
    void onePatentBoostPerPersonPerYearAndAPatentIsBoostedOnce() {
        Map<String, Object> first = Applications.patent(patentCall, YEAR);
        Applications.submit(BEIJING, Applications.draft(BEIJING, first)).statusCode(200).body("status", equalTo("SUBMITTED"));
        String card = (String) part(first, "patent").get("memberCard");
        patentCase(f -> part(f, "patent").put("memberCard", card), "one-patent-boost-per-person-year", "patent.memberCard", 409);
        String number = (String) part(first, "patent").get("number");
        patentCase(f -> part(f, "patent").put("number", number.replace("ZL", "ZL ")), "patent-boosted-once", "patent.number", 409);
    }

    @Test
    void aUnionFilesOnlyInsideTheCallsRegion() {
        Map<String, Object> shanghai = Applications.patent(patentCall, YEAR);
        shanghai.put("regionCode", "310101");
        String id = Applications.draft(TestTokens.union("310000"), shanghai);
        Applications.submit(TestTokens.union("310000"), id).statusCode(422)
                .body("rule", equalTo("call-region")).body("errors[0].field", equalTo("regionCode"));
        // and never for another region than its own
        given().auth().oauth2(TestTokens.union("120000")).contentType("application/json").body(Applications.patent(patentCall, YEAR))
                .when().post("/api/v1/applications").then().statusCode(403).body("errors[0].field", equalTo("regionCode"));
    }

    @Test
    void theCallMustBeOpen() {
        String id = Applications.draft(BEIJING, Applications.patent(patentCall, YEAR));
        clock.setChinaTime(LocalDateTime.parse(YEAR + "-11-16T00:00:00"));
        Applications.submit(BEIJING, id).statusCode(422).body("rule", equalTo("call-open")).body("errors[0].field", equalTo("callId"));
        statusIs(id, "DRAFT");
    }

    @Test
    void theStudioIsAccreditedOfAnEligibleTierAndNotRevoked() {
        projectCase(Studios.accredited("110105", "MUNICIPAL"), f -> { }, null, null);
        projectCase(Studios.put(UUID.randomUUID(), "110105", "MUNICIPAL", "REGISTERED", 1), f -> { },
                "studio-not-accredited", "studioId");
        projectCase(Studios.put(UUID.randomUUID(), "110105", "MUNICIPAL", "REVOKED", 3), f -> { }, "studio-revoked", "studioId");
        projectCase(Studios.accredited("110105", "ENTERPRISE"), f -> { }, "studio-tier-ineligible", "studioId");
        given().auth().oauth2(BEIJING).contentType("application/json")
                .body(Applications.project(projectCall, YEAR, UUID.randomUUID()))
                .when().post("/api/v1/applications").then().statusCode(422).body("rule", equalTo("studio-unknown"));
    }

    @Test
    void theEnterpriseApprovedTheProjectInTheCallYearAndPaidItsStartUpFunds() {
        projectCase(Studios.accredited("110105", "MUNICIPAL"), f -> part(f, "project").put("approvedOn", YEAR + "-01-01"), null, null);
        projectCase(Studios.accredited("110105", "MUNICIPAL"), f -> part(f, "project").put("approvedOn", (YEAR - 1) + "-12-31"),
                "approval-in-call-year", "project.approvedOn");
        projectCase(Studios.accredited("110105", "MUNICIPAL"), f -> part(f, "project").put("startupFundsPaid", false),
                "startup-funds-paid", "project.startupFundsPaid");
    }

    @Test
    void theProjectIsCompletedWithinTheCallsMonthsOfApproval() {
        projectCase(Studios.accredited("110105", "DISTRICT_BUREAU_GROUP"), f -> {
            part(f, "project").put("approvedOn", YEAR + "-03-10");
            part(f, "project").put("plannedCompletion", (YEAR + 2) + "-03-10");
        }, null, null);
        projectCase(Studios.accredited("110105", "DISTRICT_BUREAU_GROUP"), f -> {
            part(f, "project").put("approvedOn", YEAR + "-03-10");
            part(f, "project").put("plannedCompletion", (YEAR + 2) + "-03-11");
        }, "completion-within-limit", "project.plannedCompletion");
    }

    @Test
    void atMostTheCallsNumberOfLiveApplicationsPerStudioAndAWithdrawnOneDoesNotCount() {
        UUID studio = Studios.accredited("110108", "MUNICIPAL");
        projectCase(studio, f -> { }, null, null);
        String second = Applications.draft(BEIJING, Applications.project(projectCall, YEAR, studio));
        Applications.submit(BEIJING, second).statusCode(200);
        projectCase(studio, f -> { }, "studio-application-limit", "studioId");
        given().auth().oauth2(BEIJING).when().post("/api/v1/applications/" + second + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        projectCase(studio, f -> { }, null, null);
    }

    private void patentCase(Consumer<Map<String, Object>> change, String rule, String field) {
        patentCase(change, rule, field, 422);
    }

    private void patentCase(Consumer<Map<String, Object>> change, String rule, String field, int status) {
        Map<String, Object> form = Applications.patent(patentCall, YEAR);
        change.accept(form);
        decide(Applications.draft(BEIJING, form), rule, field, status);
    }

    private void projectCase(UUID studio, Consumer<Map<String, Object>> change, String rule, String field) {
        Map<String, Object> form = Applications.project(projectCall, YEAR, studio);
        change.accept(form);
        decide(Applications.draft(BEIJING, form), rule, field, 422);
    }

    private static void decide(String id, String rule, String field, int status) {
        if (rule == null) {
            Applications.submit(BEIJING, id).statusCode(200).body("status", equalTo("SUBMITTED"));
            return;
        }
        Applications.submit(BEIJING, id).statusCode(status).contentType("application/problem+json")
                .body("rule", equalTo(rule)).body("errors[0].field", equalTo(field));
        statusIs(id, "DRAFT");
    }

    private static void statusIs(String id, String status) {
        given().auth().oauth2(BEIJING).when().get("/api/v1/applications/" + id).then().statusCode(200).body("status", equalTo(status));
    }
}
