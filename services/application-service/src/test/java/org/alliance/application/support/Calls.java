package org.alliance.application.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliance.testing.TestTokens;

/** Call terms as the Beijing city union writes them (seed 002: the 2021 plan), for tests to vary. */
public final class Calls {

    private Calls() {
    }

    public static Map<String, Object> projectCall(int year, String opensOn, String closesOn) {
        Map<String, Object> call = new HashMap<>();
        call.put("kind", "PROJECT_BOOST");
        call.put("year", year);
        call.put("title", year + "年北京市职工创新助推计划·创新项目助推");
        call.put("issuingUnion", "北京市总工会");
        call.put("issuingRegion", "110000");
        call.put("opensOn", opensOn);
        call.put("closesOn", closesOn);
        call.put("budgetRmb", 10_000_000);
        call.put("amounts", List.of(
                Map.of("tier", "MUNICIPAL", "grade", "A", "amountRmb", 100_000),
                Map.of("tier", "MUNICIPAL", "grade", "B", "amountRmb", 50_000),
                Map.of("tier", "DISTRICT_BUREAU_GROUP", "amountRmb", 30_000)));
        call.put("quotas", List.of(Map.of("regionCode", "110105", "places", 12)));
        call.put("focusIndustries", List.of(Map.of("focus", "SMART_EQUIPMENT", "divisions", List.of("34", "35", "40"))));
        call.put("maxApplicationsPerStudio", 2);
        call.put("maxFundedPerStudio", 1);
        call.put("completionMonths", 24);
        call.put("eligibleTiers", List.of("MUNICIPAL", "DISTRICT_BUREAU_GROUP"));
        call.put("minimumScore", 60);
        call.put("gradeAScore", 85);
        call.put("regionMinimumPlaces", 1);
        return call;
    }

    public static Map<String, Object> patentCall(int year, String opensOn, String closesOn) {
        Map<String, Object> call = new HashMap<>();
        call.put("kind", "PATENT_BOOST");
        call.put("year", year);
        call.put("title", year + "年北京市职工创新助推计划·职务发明专利助推");
        call.put("issuingUnion", "北京市总工会");
        call.put("issuingRegion", "110000");
        call.put("opensOn", opensOn);
        call.put("closesOn", closesOn);
        call.put("budgetRmb", 3_000_000);
        call.put("amounts", List.of(Map.of("amountRmb", 3_000)));
        call.put("maxApplicationsPerStudio", 2);
        call.put("maxFundedPerStudio", 1);
        call.put("completionMonths", 24);
        call.put("grantFrom", (year - 1) + "-01-01");
        call.put("grantTo", (year - 1) + "-12-31");
        return call;
    }

    /** Drafts and publishes the call as the Beijing union; answers its id. */
    public static String published(Map<String, Object> call) {
        String token = TestTokens.union((String) call.get("issuingRegion"));
        String id = given().auth().oauth2(token).contentType("application/json").body(call)
                .when().post("/api/v1/calls").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).when().post("/api/v1/calls/" + id + "/publication").then().statusCode(200);
        return id;
    }
}
