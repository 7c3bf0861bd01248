package org.alliance.review.selection;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.review.support.Applications;
import org.alliance.review.support.Cases;
import org.alliance.review.support.Registry;
import org.alliance.review.support.SelectionCases;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.EventFeed;
import org.alliance.testing.TestDatabase;
import org.alliance.testing.TestTokens;
import org.alliance.testing.TopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The yearly selection of outstanding achievements (首都职工优秀自主创新成果) through the service's
 * doors: 62 achievements arrive as {@code application.submitted.v2} in shuffled order, the district
 * union puts each forward and the city union signs it off, the review office sets the call's rubric and
 * assigns three experts, who score every case; closing the call funds the best 60 by score (a tie at
 * the 60th place goes to the earlier submission), 3,000 RMB each, and publishes an
 * {@code application.decided} per achievement with its reason.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class AchievementSelectionFlowTest {

    static final String CITY = TestTokens.union("110000", "CITY");
    static final String DISTRICT = TestTokens.union("110105", "DISTRICT");
    static final Instant T0 = Instant.parse("2026-05-06T01:00:00Z");
    static final int APPLICATIONS = 62;
    static final TestDatabase DB = TestDatabase.ofServiceUnderTest();

    @BeforeAll
    static void topics() {
        Registry.topics();
        Applications.topic();
    }

    /** Beijing's yearly call as data: 60 places, 3,000 RMB each, a budget that is not what binds. */
    static ObjectNode achievementCall() {
        ObjectNode terms = EventFeed.example("call.published.v1");
        terms.put("callId", UUID.randomUUID().toString()).put("kind", "OUTSTANDING_ACHIEVEMENT").put("year", 2026)
                .put("title", "2026年首都职工优秀自主创新成果").put("opensOn", "2026-04-01").put("closesOn", "2026-06-30")
                .put("budgetRmb", 200_000).put("maxFundedPerStudio", 2).put("minimumScore", 60).putNull("gradeAScore")
                .put("regionMinimumPlaces", 0).put("places", 60).putNull("grantFrom").putNull("grantTo");
        terms.putArray("amounts").addObject().putNull("tier").putNull("grade").put("amountRmb", 3_000);
        terms.putArray("quotas");
        terms.putArray("focusIndustries");
        terms.putArray("eligibleTiers");
        return terms;
    }

    /** The achievement rubric, as the review office sets it for the call. */
    static Map<String, Object> rubric() {
        return Map.of("expertsPerCase", 3, "spreadThreshold", 20, "criteria", List.of(
                criterion("INNOVATION", "创新性", 30), criterion("ECONOMIC_BENEFIT", "经济效益", 30),
                criterion("PROMOTION_VALUE", "推广应用价值", 25), criterion("SOCIAL_BENEFIT", "社会效益", 15)));
    }

    static Map<String, Object> criterion(String code, String name, int maxPoints) {
        return Map.of("code", code, "name", name, "weight", 1, "maxPoints", maxPoints, "bonus", false);
    }

    /** Application i's aggregate score: 95 down by halves; the 61st ties the 60th; the last is below 60. */
    static BigDecimal target(int i) {
        if (i == 60) {
            return target(59);
        }
        if (i == APPLICATIONS - 1) {
            return new BigDecimal("55.00");
        }
        return new BigDecimal("95.00").subtract(new BigDecimal("0.5").multiply(BigDecimal.valueOf(i)));
    }

    @Test
    void closingFundsTheBest60ByScoreAndDecidesEveryAchievement() {
        UUID call = SelectionCases.call(achievementCall());
        given().auth().oauth2(CITY).contentType("application/json").body(rubric())
                .when().put("/api/v1/review-calls/" + call + "/rubric").then().statusCode(200);
        for (String name : List.of("王建华", "李秀英", "赵国强")) {
            given().auth().oauth2(TestTokens.operator()).contentType("application/json")
                    .body(Map.of("name", name, "affiliation", "北京市职工技术协会", "specialty", "成果转化", "regionCode", "110000",
                            "industryDivisions", List.of("37"), "maxCasesPerCall", 100))
                    .when().post("/api/v1/experts").then().statusCode(201);
        }

        List<UUID> studios = new ArrayList<>();
        for (int s = 0; s < APPLICATIONS / 2; s++) {
            UUID studio = UUID.randomUUID();
            Registry.studio(studio, UUID.randomUUID(), "110105", 1);
            studios.add(studio);
        }
        String ids = studios.stream().map(UUID::toString).collect(Collectors.joining(","));
        await().atMost(Cases.WAIT).until(() -> DB.count("SELECT count(*) FROM studio WHERE id::text = ANY (string_to_array(?, ','))",
                ids) == studios.size());

        List<ObjectNode> forms = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            forms.add(achievement(call, studios.get(i / 2), i));
        }
        List<ObjectNode> shuffled = new ArrayList<>(forms);
        Collections.shuffle(shuffled, new Random(2010));
        shuffled.forEach(Applications::submittedV2);
        List<UUID> cases = forms.stream().map(f -> Cases.awaitCase(UUID.fromString(f.path("applicationId").asText()))).toList();

        // the district union puts an achievement forward, then the city union; no unit union stamps it
        Cases.get(CITY, cases.get(0)).statusCode(200).body("kind", equalTo("OUTSTANDING_ACHIEVEMENT"))
                .body("stage", equalTo("DISTRICT")).body("title", equalTo("成果0：转向架构架焊接变形控制工艺"));
        UUID enterprise = UUID.fromString(String.valueOf(DB.single("SELECT enterprise_id FROM review_case WHERE id = ?", cases.get(0))));
        Cases.approve(TestTokens.unitUnion("110105", enterprise), cases.get(0), "北京某企业工会").statusCode(409)
                .body("rule", equalTo("case-at-other-level"));
        Cases.approve(CITY, cases.get(0), "北京市总工会").statusCode(409).body("rule", equalTo("case-at-other-level"));
        for (UUID c : cases) {
            Cases.approve(DISTRICT, c, "北京市朝阳区总工会").statusCode(200).body("stage", equalTo("CITY"));
            Cases.approve(CITY, c, "北京市总工会").statusCode(200).body("status", equalTo("SIGNED_OFF"));
        }

        given().auth().oauth2(CITY).when().post("/api/v1/review-calls/" + call + "/assignments").then().statusCode(200)
                .body("casesAssigned", equalTo(APPLICATIONS)).body("placesUnfilled", equalTo(0));
        for (int i = 0; i < APPLICATIONS; i++) {
            // whoever the run chose from the pool (ours have room for every case, others may be more relevant)
            List<String> assigned = given().auth().oauth2(CITY).when().get("/api/v1/reviews/" + cases.get(i) + "/assignment")
                    .then().statusCode(200).extract().path("experts.expertId");
            assertEquals(3, assigned.size());
            for (int e = 0; e < assigned.size(); e++) {
                // the three experts differ by a point either way: their mean is the target
                score(UUID.fromString(assigned.get(e)), cases.get(i), target(i).add(BigDecimal.valueOf(1 - e)));
            }
        }

        String path = "/api/v1/review-calls/" + call + "/selection";
        List<Map<String, Object>> decisions = given().auth().oauth2(CITY).when().post(path).then().statusCode(201)
                .body("kind", equalTo("OUTSTANDING_ACHIEVEMENT")).body("funded", equalTo(60))
                .body("fundedRmb", equalTo(180_000)).body("remainingRmb", equalTo(20_000))
                .extract().path("decisions");
        assertEquals(forms.stream().map(f -> f.path("applicationId").asText()).toList(),
                decisions.stream().map(d -> (String) d.get("applicationId")).toList(), "ranked by score, the tie by submission");
        for (int i = 0; i < 60; i++) {
            Map<String, Object> d = decisions.get(i);
            assertEquals("FUNDED", d.get("decision"), d::toString);
            assertEquals(3_000, d.get("amountRmb"), d::toString);
            assertEquals(i + 1, d.get("rank"), d::toString);
            assertEquals(0, target(i).compareTo(new BigDecimal(String.valueOf(d.get("score")))), d::toString);
        }
        assertEquals("PLACES_FILLED", decisions.get(60).get("reasonCode"), "the 61st, tied with the 60th but submitted later");
        assertEquals("BELOW_THRESHOLD", decisions.get(61).get("reasonCode"));

        List<TopicReader.Event> events = TopicReader.eventsUntil("alliance.review.decision",
                e -> e.type().equals("application.decided.v1") && e.data().path("callId").asText().equals(call.toString()),
                Duration.ofSeconds(60), l -> l.size() >= APPLICATIONS);
        assertEquals(APPLICATIONS, events.size());
        Map<String, TopicReader.Event> eventOf = events.stream().collect(Collectors.toMap(TopicReader.Event::subject, e -> e));
        assertEquals(60, events.stream().filter(e -> e.data().path("decision").asText().equals("FUNDED")).count());
        assertEquals(180_000, events.stream().mapToLong(e -> e.data().path("amountRmb").asLong(0)).sum());
        var best = eventOf.get(forms.get(0).path("applicationId").asText()).data();
        assertEquals("经评审予以资助（评审得分95.00，排名第1）", best.path("reason").asText());
        assertTrue(best.path("grade").isNull());
        var sixtyFirst = eventOf.get(forms.get(60).path("applicationId").asText()).data();
        assertEquals("NOT_FUNDED", sixtyFirst.path("decision").asText());
        assertEquals("本批次资助名额已满（评审得分65.50，排名第61）", sixtyFirst.path("reason").asText());
        assertEquals("评审得分低于本批次资助分数线（评审得分55.00，排名第62）",
                eventOf.get(forms.get(61).path("applicationId").asText()).data().path("reason").asText());
    }

    /** Achievement i of {@code studio}, submitted i minutes after T0. */
    static ObjectNode achievement(UUID call, UUID studio, int i) {
        ObjectNode a = EventFeed.example("application.submitted.v2");
        a.put("applicationId", UUID.randomUUID().toString()).put("callId", call.toString()).put("callYear", 2026)
                .put("regionCode", "110105").put("studioId", studio.toString())
                .put("submittedAt", T0.plusSeconds(60L * i).toString());
        ((ObjectNode) a.path("achievement")).put("title", "成果" + i + "：转向架构架焊接变形控制工艺").put("industryDivision", "37");
        return a;
    }

    /** The expert scores the case {@code total}, spread over the rubric's criteria in proportion to their maxima. */
    static void score(UUID expert, UUID caseId, BigDecimal total) {
        BigDecimal innovation = total.multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.DOWN);
        BigDecimal economic = total.multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.DOWN);
        BigDecimal promotion = total.multiply(new BigDecimal("0.25")).setScale(2, RoundingMode.DOWN);
        BigDecimal social = total.subtract(innovation).subtract(economic).subtract(promotion);
        given().auth().oauth2(TestTokens.reviewer(expert)).contentType("application/json")
                .body(Map.of("items", List.of(
                        Map.of("criterion", "INNOVATION", "points", innovation, "comment", "创新点明确"),
                        Map.of("criterion", "ECONOMIC_BENEFIT", "points", economic, "comment", "经济效益经企业财务部门证明"),
                        Map.of("criterion", "PROMOTION_VALUE", "points", promotion, "comment", "可在同类车辆段推广"),
                        Map.of("criterion", "SOCIAL_BENEFIT", "points", social, "comment", "减轻一线职工劳动强度")),
                        "note", "同意推荐"))
                .when().post("/api/v1/reviews/" + caseId + "/scores").then().statusCode(201);
    }
}
