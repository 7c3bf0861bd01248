package org.alliance.application.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.application.support.Applications;
import org.alliance.application.support.Calls;
import org.alliance.application.support.Db;
import org.alliance.application.support.Decisions;
import org.alliance.application.support.Studios;
import org.alliance.application.support.TestClock;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestDatabase;
import org.alliance.testing.TestTokens;
import org.alliance.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Outstanding achievements (首都职工优秀自主创新成果) as applications: the city union's yearly call with
 * its places and flat amount as data, a studio's achievement drafted, refused while it is not yet
 * completed, submitted and published as {@code application.submitted.v2} (v1 cannot carry the kind),
 * withdrawn as {@code application.withdrawn.v2}; a funded one is FUNDED without a project.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "application_test"))
class AchievementApplicationTest {

    static final String CITY = TestTokens.union("110000");
    static final String TOPIC = "alliance.application.application";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Beijing's yearly selection: 60 places at up to 3,000 RMB each. */
    static Map<String, Object> achievementCall(int year) {
        Map<String, Object> call = new HashMap<>();
        call.put("kind", "OUTSTANDING_ACHIEVEMENT");
        call.put("year", year);
        call.put("title", year + "年首都职工优秀自主创新成果");
        call.put("issuingUnion", "北京市总工会");
        call.put("issuingRegion", "110000");
        call.put("opensOn", year + "-04-01");
        call.put("closesOn", year + "-06-30");
        call.put("budgetRmb", 180_000);
        call.put("amounts", List.of(Map.of("amountRmb", 3_000)));
        call.put("maxApplicationsPerStudio", 2);
        call.put("maxFundedPerStudio", 2);
        call.put("completionMonths", 24);
        call.put("places", 60);
        call.put("minimumScore", 60);
        return call;
    }

    static Map<String, Object> achievement(String callId, UUID studio, String completedOn) {
        Map<String, Object> a = new HashMap<>();
        a.put("title", "地铁车辆轮对踏面缺陷智能识别系统");
        a.put("category", "PRODUCT");
        a.put("summary", "以线阵相机和深度学习识别轮对踏面擦伤、剥离，检出率由人工目检的85%提高到99%。");
        a.put("leadName", "李春生");
        a.put("memberCard", "1101050019870023");
        a.put("completedOn", completedOn);
        a.put("useInProduction", "在古城、四惠两个车辆段的出入段线投入使用，日检车辆一千二百余辆。");
        a.put("economicValueRmb", 3_200_000);
        a.put("industrySection", "G");
        a.put("industryDivision", "54");
        a.put("promotionPlan", "推广到本市其他七个车辆段，并向联盟内的城市轨道交通企业开放。");
        Map<String, Object> form = new HashMap<>();
        form.put("callId", callId);
        form.put("studioId", studio.toString());
        form.put("enterpriseName", "北京市地铁运营有限公司");
        form.put("achievement", a);
        return form;
    }

    @Test
    void aStudiosAchievementIsSubmittedUnderTheYearlyCallAndTravelsAsV2() {
        String callId = published(achievementCall(2067));
        given().auth().oauth2(CITY).when().get("/api/v1/calls/" + callId).then().statusCode(200)
                .body("kind", equalTo("OUTSTANDING_ACHIEVEMENT")).body("places", equalTo(60))
                .body("amounts[0].amountRmb", equalTo(3_000));
        UUID studio = Studios.accredited("110105", "MUNICIPAL");
        clock.setChinaTime(LocalDateTime.parse("2067-05-10T10:00:00"));

        // still being finished: refused on submission, the draft kept as it was
        String id = Applications.draft(CITY, achievement(callId, studio, "2067-05-11"));
        Applications.submit(CITY, id).statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("achievement-completed")).body("errors[0].field", equalTo("achievement.completedOn"));
        given().auth().oauth2(CITY).when().get("/api/v1/applications/" + id).then().body("status", equalTo("DRAFT"));

        Map<String, Object> done = achievement(callId, studio, "2067-05-10");
        given().auth().oauth2(CITY).contentType("application/json").body(done).when().put("/api/v1/applications/" + id)
                .then().statusCode(200);
        Applications.submit(CITY, id).statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("kind", equalTo("OUTSTANDING_ACHIEVEMENT")).body("regionCode", equalTo("110105"))
                .body("achievement.title", equalTo("地铁车辆轮对踏面缺陷智能识别系统"))
                .body("achievement.economicValueRmb", equalTo(3_200_000)).body("achievement.category", equalTo("PRODUCT"));

        TopicReader.Event submitted = TopicReader.awaitEvents(TOPIC, id, 1).get(0);
        assertEquals("application.submitted.v2", submitted.type());
        JsonNode data = submitted.data();
        assertEquals("OUTSTANDING_ACHIEVEMENT", data.path("kind").asText());
        assertEquals(studio.toString(), data.path("studioId").asText());
        assertTrue(data.path("patent").isNull() && data.path("project").isNull());
        assertEquals("以线阵相机和深度学习识别轮对踏面擦伤、剥离，检出率由人工目检的85%提高到99%。",
                data.path("achievement").path("summary").asText());
        assertEquals("2067-05-10", data.path("achievement").path("completedOn").asText());
        assertEquals(3_200_000, data.path("achievement").path("economicValueRmb").asLong());

        // the review side funds it: FUNDED, and no project (an achievement is already done; nothing to accept)
        Decisions.fund(id, callId, studio, null, 3_000);
        given().auth().oauth2(CITY).when().get("/api/v1/applications/" + id).then().body("status", equalTo("FUNDED"));
        assertEquals(0, TestDatabase.ofServiceUnderTest().count("SELECT count(*) FROM project WHERE application_id = ?",
                UUID.fromString(id)));

        String second = Applications.draft(CITY, achievement(callId, studio, "2067-03-02"));
        Applications.submit(CITY, second).statusCode(200);
        // the call takes two of a studio's achievements; a third waits until one is withdrawn
        String third = Applications.draft(CITY, achievement(callId, studio, "2067-02-01"));
        Applications.submit(CITY, third).statusCode(422).body("rule", equalTo("studio-application-limit"))
                .body("errors[0].field", equalTo("studioId"));
        given().auth().oauth2(CITY).when().post("/api/v1/applications/" + second + "/withdrawal").then().statusCode(200);
        List<TopicReader.Event> events = TopicReader.awaitEvents(TOPIC, second, 2);
        assertEquals(List.of("application.submitted.v2", "application.withdrawn.v2"), events.stream().map(TopicReader.Event::type).toList());
        Applications.submit(CITY, third).statusCode(200);
    }

    @Test
    void anAchievementFormNamesItsStudioAndEveryPartAndNothingOfTheOtherKinds() {
        String callId = published(achievementCall(2068));
        // a year no other test's project call takes: TenantMatrixTest counts its years up from 2050
        String projectCall = published(Calls.projectCall(2098, "2098-09-01", "2098-11-15"));
        UUID studio = Studios.accredited("110105", "MUNICIPAL");
        String before = Db.fingerprint();

        Map<String, Object> noStudio = achievement(callId, studio, "2068-01-10");
        noStudio.remove("studioId");
        noStudio.put("regionCode", "110105");
        refused(noStudio, "studioId");

        Map<String, Object> negative = achievement(callId, studio, "2068-01-10");
        Applications.part(negative, "achievement").put("economicValueRmb", -1);
        refused(negative, "achievement.economicValueRmb");

        Map<String, Object> noPlan = achievement(callId, studio, "2068-01-10");
        Applications.part(noPlan, "achievement").remove("promotionPlan");
        refused(noPlan, "achievement.promotionPlan");

        Map<String, Object> category = achievement(callId, studio, "2068-01-10");
        Applications.part(category, "achievement").put("category", "AWARD");
        refused(category, "achievement.category");

        Map<String, Object> withPatent = achievement(callId, studio, "2068-01-10");
        withPatent.put("patent", Applications.part(Applications.patent(callId, 2068), "patent"));
        refused(withPatent, "patent");

        Map<String, Object> onProjectCall = Applications.project(projectCall, 2098, studio);
        onProjectCall.put("achievement", Applications.part(achievement(callId, studio, "2068-01-10"), "achievement"));
        refused(onProjectCall, "achievement");
        assertEquals(before, Db.fingerprint(), "a refused draft records nothing");
    }

    static void refused(Map<String, Object> form, String field) {
        given().auth().oauth2(CITY).contentType("application/json").body(form).when().post("/api/v1/applications")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    static String published(Map<String, Object> call) {
        return Calls.published(call);
    }
}
