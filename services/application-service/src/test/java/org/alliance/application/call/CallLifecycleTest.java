package org.alliance.application.call;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.application.support.Applications;
import org.alliance.application.support.Studios;
import org.alliance.application.support.Calls;
import org.alliance.application.support.TestClock;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.alliance.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "application_test"))
class CallLifecycleTest {

    static final String BEIJING = TestTokens.union("110000");
    static final String SHANGHAI = TestTokens.union("310000");

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDraftChangesUntilPublishedThenItsTermsAreFrozen() {
        Map<String, Object> terms = Calls.projectCall(2031, "2031-09-01", "2031-11-15");
        String id = given().auth().oauth2(BEIJING).contentType("application/json").body(terms)
                .when().post("/api/v1/calls")
                .then().statusCode(201).body("phase", equalTo("DRAFTED"))
                .body("amounts.amountRmb", equalTo(List.of(100_000, 50_000, 30_000)))
                .body("focusIndustries[0].divisions", equalTo(List.of("34", "35", "40")))
                .body("quotas[0].places", equalTo(12))
                .extract().path("id");
        terms.put("budgetRmb", 12_000_000);
        given().auth().oauth2(BEIJING).contentType("application/json").body(terms)
                .when().put("/api/v1/calls/" + id).then().statusCode(200).body("budgetRmb", equalTo(12_000_000));
        // a draft is the issuing region's business: another region's union does not see it
        given().auth().oauth2(TestTokens.union("310000")).when().get("/api/v1/calls/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.union("310000")).when().get("/api/v1/calls?size=200")
                .then().statusCode(200).body("items.id", not(hasItem(id)));

        given().auth().oauth2(BEIJING).when().post("/api/v1/calls/" + id + "/publication")
                .then().statusCode(200).body("phase", equalTo("PUBLISHED"));
        terms.put("budgetRmb", 1);
        given().auth().oauth2(BEIJING).contentType("application/json").body(terms)
                .when().put("/api/v1/calls/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("call-frozen")).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(BEIJING).when().post("/api/v1/calls/" + id + "/publication")
                .then().statusCode(409).body("rule", equalTo("call-frozen"));
        given().auth().oauth2(TestTokens.union("310000")).when().get("/api/v1/calls/" + id)
                .then().statusCode(200).body("budgetRmb", equalTo(12_000_000));

        // the frozen terms reach the review side once, with what it selects by
        List<TopicReader.Event> published = TopicReader.awaitEvents("alliance.application.call", id, 1);
        assertEquals(1, published.size());
        JsonNode data = published.get(0).data();
        assertEquals("call.published.v1", published.get(0).type().replace("org.alliance.", ""));
        assertEquals(12_000_000, data.path("budgetRmb").asLong());
        assertEquals("2031年北京市职工创新助推计划·创新项目助推", data.path("title").asText());
        assertEquals(100_000, data.path("amounts").get(0).path("amountRmb").asLong());
        assertEquals("A", data.path("amounts").get(0).path("grade").asText());
        assertEquals(12, data.path("quotas").get(0).path("places").asInt());
        assertEquals(0, new BigDecimal("60").compareTo(data.path("minimumScore").decimalValue()));
        assertEquals(0, new BigDecimal("85").compareTo(data.path("gradeAScore").decimalValue()));
        assertEquals(1, data.path("regionMinimumPlaces").asInt());
        assertTrue(data.path("places").isNull());
    }

    @Test
    void theWindowIsChinaTimeAndTheClosingDayCountsToItsLastSecond() {
        String id = Calls.published(Calls.projectCall(2032, "2032-09-01", "2032-11-15"));
        clock.setChinaTime(LocalDateTime.parse("2032-08-31T23:59:59"));
        phaseIs(id, "PUBLISHED");
        clock.setChinaTime(LocalDateTime.parse("2032-09-01T00:00:00"));
        phaseIs(id, "OPEN");
        clock.setChinaTime(LocalDateTime.parse("2032-11-15T23:59:59"));
        phaseIs(id, "OPEN");
        clock.setChinaTime(LocalDateTime.parse("2032-11-16T00:00:00"));
        phaseIs(id, "CLOSED");
    }

    @Test
    void theIssuingUnionClosesAnOpenWindowEarlyOnceAndNothingIsSubmittedAfter() {
        // Shanghai's call: the other tests draft Beijing's project calls across many years in this database
        Map<String, Object> terms = Calls.projectCall(2070, "2070-09-01", "2070-11-15");
        terms.put("issuingRegion", "310000");
        terms.put("issuingUnion", "上海市总工会");
        terms.put("quotas", List.of());
        String id = Calls.published(terms);
        UUID studio = Studios.accredited("310101", "MUNICIPAL");
        String draft = Applications.draft(SHANGHAI, Applications.project(id, 2070, studio));
        Map<String, String> closing = Map.of("reason", "申报材料已收齐，经研究提前截止申报");
        clock.setChinaTime(LocalDateTime.parse("2070-08-31T10:00:00"));
        closeRefused(SHANGHAI, id, closing, 409, "phase");
        clock.setChinaTime(LocalDateTime.parse("2070-10-08T10:00:00"));
        // only the union that issued it: not a union inside its region, not another level of it, not a blank reason
        closeRefused(TestTokens.union("310101"), id, closing, 403, "region");
        closeRefused(TestTokens.union("310000", "DISTRICT"), id, closing, 403, "region");
        closeRefused(SHANGHAI, id, Map.of("reason", " "), 400, "reason");
        phaseIs(id, "OPEN");

        given().auth().oauth2(TestTokens.union("310000", "CITY")).contentType("application/json").body(closing)
                .when().post("/api/v1/calls/" + id + "/closing")
                .then().statusCode(200).body("phase", equalTo("CLOSED")).body("closesOn", equalTo("2070-11-15"))
                .body("closingReason", equalTo("申报材料已收齐，经研究提前截止申报"))
                .body("closedAt", org.hamcrest.Matchers.startsWith("2070-10-08T"));
        closeRefused(SHANGHAI, id, closing, 409, "phase");
        Applications.submit(SHANGHAI, draft).statusCode(422).body("rule", equalTo("call-open"));

        // the review side learns it once, with the window's published last day beside the closing
        List<TopicReader.Event> events = TopicReader.awaitEvents("alliance.application.call", id, 2);
        assertEquals(List.of("call.published.v1", "call.closed.v1"),
                events.stream().map(e -> e.type().replace("org.alliance.", "")).toList());
        JsonNode closed = events.get(1).data();
        assertEquals("2070-11-15", closed.path("closesOn").asText());
        assertEquals("申报材料已收齐，经研究提前截止申报", closed.path("reason").asText());
        assertEquals("310000", closed.path("issuingRegion").asText());
    }

    private static void closeRefused(String token, String id, Map<String, String> body, int status, String field) {
        given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/api/v1/calls/" + id + "/closing")
                .then().statusCode(status).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void aUnionDraftsOnlyForItsOwnRegionAndOnlyOneCallPerKindYearAndRegion() {
        given().auth().oauth2(TestTokens.union("310000")).contentType("application/json")
                .body(Calls.projectCall(2033, "2033-09-01", "2033-11-15"))
                .when().post("/api/v1/calls").then().statusCode(403).body("errors[0].field", equalTo("issuingRegion"));
        given().auth().oauth2(TestTokens.reviewer()).contentType("application/json")
                .body(Calls.projectCall(2033, "2033-09-01", "2033-11-15"))
                .when().post("/api/v1/calls").then().statusCode(403);
        Calls.published(Calls.projectCall(2033, "2033-09-01", "2033-11-15"));
        given().auth().oauth2(BEIJING).contentType("application/json").body(Calls.projectCall(2033, "2033-09-01", "2033-11-15"))
                .when().post("/api/v1/calls").then().statusCode(409).body("rule", equalTo("one-call-per-kind-year-region"));
        Map<String, Object> shanghai = Calls.projectCall(2033, "2033-09-01", "2033-11-15");
        shanghai.put("issuingRegion", "310000");
        shanghai.put("issuingUnion", "上海市总工会");
        shanghai.put("quotas", List.of());
        given().auth().oauth2(TestTokens.operator()).contentType("application/json").body(shanghai)
                .when().post("/api/v1/calls").then().statusCode(201).body("issuingUnion", equalTo("上海市总工会"));
    }

    @Test
    void incoherentTermsNameTheirFieldAndChangeNothing() {
        Map<String, Object> patentWithoutWindow = Calls.patentCall(2034, "2034-03-01", "2034-04-30");
        patentWithoutWindow.remove("grantFrom");
        refused(patentWithoutWindow, "grantFrom");
        Map<String, Object> projectWithoutTiers = Calls.projectCall(2034, "2034-09-01", "2034-11-15");
        projectWithoutTiers.put("eligibleTiers", List.of());
        refused(projectWithoutTiers, "eligibleTiers");
        Map<String, Object> amountOfIneligibleTier = Calls.projectCall(2034, "2034-09-01", "2034-11-15");
        amountOfIneligibleTier.put("amounts", List.of(Map.of("tier", "ENTERPRISE", "amountRmb", 10_000),
                Map.of("tier", "MUNICIPAL", "amountRmb", 1), Map.of("tier", "DISTRICT_BUREAU_GROUP", "amountRmb", 1)));
        refused(amountOfIneligibleTier, "amounts");
        Map<String, Object> quotaOutside = Calls.projectCall(2034, "2034-09-01", "2034-11-15");
        quotaOutside.put("quotas", List.of(Map.of("regionCode", "310101", "places", 1)));
        refused(quotaOutside, "quotas");
        Map<String, Object> backwards = Calls.projectCall(2034, "2034-09-01", "2034-08-15");
        refused(backwards, "closesOn");
        Map<String, Object> gradedWithoutGradeA = Calls.projectCall(2034, "2034-09-01", "2034-11-15");
        gradedWithoutGradeA.remove("gradeAScore");
        refused(gradedWithoutGradeA, "gradeAScore");
        Map<String, Object> gradeABelowMinimum = Calls.projectCall(2034, "2034-09-01", "2034-11-15");
        gradeABelowMinimum.put("gradeAScore", 50);
        refused(gradeABelowMinimum, "gradeAScore");
        Map<String, Object> fundedOverLimit = Calls.projectCall(2034, "2034-09-01", "2034-11-15");
        fundedOverLimit.put("maxFundedPerStudio", 3);
        refused(fundedOverLimit, "maxFundedPerStudio");
        given().auth().oauth2(TestTokens.operator()).when().get("/api/v1/calls?size=200")
                .then().body("items.year", not(hasItem(2034)));
    }

    private static void refused(Map<String, Object> terms, String field) {
        given().auth().oauth2(BEIJING).contentType("application/json").body(terms)
                .when().post("/api/v1/calls")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static void phaseIs(String id, String phase) {
        given().auth().oauth2(BEIJING).when().get("/api/v1/calls/" + id).then().statusCode(200).body("phase", equalTo(phase));
    }
}
