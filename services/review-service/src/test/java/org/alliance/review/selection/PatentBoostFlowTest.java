package org.alliance.review.selection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
 * Patent boosts (职务发明专利助推) from submission to decision through the service's own doors: the
 * submissions arrive from Kafka as the application service publishes them (its rule checks passed),
 * the city union alone signs them off (a unit or district union is refused as the levels say), and
 * closing the call decides them within its budget at its one amount, 3,000 RMB each. Patents are not
 * scored by experts: they rank by when the application service accepted their submission, earliest
 * first, then by application id; each gets its {@code application.decided} with the amount or the reason.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class PatentBoostFlowTest {

    static final String CITY = TestTokens.union("110000", "CITY");
    static final String DISTRICT = TestTokens.union("110105", "DISTRICT");
    static final String OTHER_CITY = TestTokens.union("310000", "CITY");
    static final String DECISIONS = "alliance.review.decision";
    static final Instant T0 = Instant.parse("2021-10-08T01:00:00Z");
    static final TestDatabase DB = TestDatabase.ofServiceUnderTest();

    @BeforeAll
    static void topics() {
        Registry.topics();
        Applications.topic();
    }

    /** Beijing's 2021 patent call: 3,000 RMB per patent granted in 2020, a budget for three of them. */
    static ObjectNode patentCall() {
        ObjectNode terms = EventFeed.example("call.published.v1");
        terms.put("callId", UUID.randomUUID().toString()).put("kind", "PATENT_BOOST")
                .put("title", "2021年北京市职工创新助推计划·职务发明专利助推").put("budgetRmb", 9_000)
                .put("grantFrom", "2020-01-01").put("grantTo", "2020-12-31")
                .putNull("minimumScore").putNull("gradeAScore").put("regionMinimumPlaces", 0).putNull("places");
        terms.putArray("amounts").addObject().putNull("tier").putNull("grade").put("amountRmb", 3_000);
        terms.putArray("quotas");
        terms.putArray("focusIndustries");
        terms.putArray("eligibleTiers");
        return terms;
    }

    /** A patent boost submitted {@code minutes} after T0, of {@code studio} (null: none) in 朝阳区. */
    static ObjectNode patent(UUID call, UUID studio, int minutes, String number, String card, String inventor, String title) {
        ObjectNode p = Applications.patent(UUID.randomUUID(), call, "110105", title);
        p.put("submittedAt", T0.plusSeconds(60L * minutes).toString()).put("enterpriseName", "北京京城机电控股有限责任公司");
        if (studio != null) {
            p.put("studioId", studio.toString());
        }
        ((ObjectNode) p.path("patent")).put("number", number).put("memberCard", card).put("inventorName", inventor)
                .put("grantedOn", "2020-06-18");
        return p;
    }

    @Test
    void theCityUnionAloneSignsPatentBoostsAndClosingFundsThemInSubmissionOrderAt3000Each() {
        UUID call = SelectionCases.call(patentCall());
        UUID enterprise = UUID.randomUUID();
        UUID studio = UUID.randomUUID();
        Registry.studio(studio, enterprise, "110105", 1);
        org.awaitility.Awaitility.await().atMost(Cases.WAIT)
                .until(() -> DB.count("SELECT count(*) FROM studio WHERE id = ?", studio) == 1);

        // sent out of submission order: Kafka's order is not the ranking
        ObjectNode fifth = patent(call, null, 50, "ZL202010000005.0", "C5", "赵敏", "数控折弯机快速换模装置");
        ObjectNode second = patent(call, studio, 20, "ZL202010000002.0", "C2", "王磊", "一种地铁转向架轴承故障声学诊断方法");
        ObjectNode first = patent(call, null, 10, "ZL202010000001.0", "C1", "张伟", "一种焊缝缺陷在线识别方法");
        ObjectNode rejected = patent(call, null, 15, "ZL202010000003.0", "C3", "陈静", "一种锅炉防磨防爆检测方法");
        ObjectNode fourth = patent(call, studio, 40, "ZL202010000004.0", "C4", "刘洋", "一种转向架构架焊接变形控制方法");
        ObjectNode pending = patent(call, null, 5, "ZL202010000006.0", "C6", "孙丽", "一种电缆隧道巡检机器人");
        Map<String, UUID> caseOf = new java.util.HashMap<>();
        for (ObjectNode p : List.of(fifth, second, first, rejected, fourth, pending)) {
            caseOf.put(p.path("applicationId").asText(), Cases.open(p));
        }
        UUID firstCase = caseOf.get(first.path("applicationId").asText());
        UUID secondCase = caseOf.get(second.path("applicationId").asText());

        // a patent opens at the city union: no unit or district stamp
        Cases.get(CITY, firstCase).statusCode(200).body("kind", equalTo("PATENT_BOOST")).body("stage", equalTo("CITY"))
                .body("title", equalTo("一种焊缝缺陷在线识别方法"));
        String before = Cases.fingerprint();
        // the unit union of the studio's enterprise sees its patent, but it is not at its level
        Cases.approve(TestTokens.unitUnion("110105", enterprise), secondCase, "北京京城机电控股有限责任公司工会")
                .statusCode(409).contentType("application/problem+json").body("rule", equalTo("case-at-other-level"))
                .body("errors[0].field", equalTo("stage"));
        // a patent naming no studio belongs to no unit union's enterprise: it does not exist for one
        Cases.approve(TestTokens.unitUnion("110105", enterprise), firstCase, "北京京城机电控股有限责任公司工会")
                .statusCode(404).contentType("application/problem+json");
        Cases.approve(DISTRICT, firstCase, "北京市朝阳区总工会").statusCode(409).body("rule", equalTo("case-at-other-level"));
        Cases.approve(OTHER_CITY, firstCase, "上海市总工会").statusCode(404);
        assertEquals(before, Cases.fingerprint(), "a refused sign-off changes nothing");

        for (ObjectNode p : List.of(fifth, second, first, fourth)) {
            Cases.approve(CITY, caseOf.get(p.path("applicationId").asText()), "北京市总工会").statusCode(200)
                    .body("stage", equalTo("SIGNED_OFF")).body("status", equalTo("SIGNED_OFF"))
                    .body("trail[1].level", equalTo("CITY"));
        }
        Cases.signOff(CITY, caseOf.get(rejected.path("applicationId").asText()), "REJECT", "北京市总工会",
                "第一发明人非一线职工").statusCode(200).body("status", equalTo("REJECTED"));

        String path = "/api/v1/review-calls/" + call + "/selection";
        List<Map<String, Object>> decisions = given().auth().oauth2(CITY).when().post(path).then().statusCode(201)
                .body("kind", equalTo("PATENT_BOOST")).body("funded", equalTo(3)).body("fundedRmb", equalTo(9_000))
                .body("remainingRmb", equalTo(0)).extract().path("decisions");
        assertEquals(List.of(first, second, fourth, fifth, rejected, pending).stream().map(p -> p.path("applicationId").asText()).toList(),
                decisions.stream().map(d -> (String) d.get("applicationId")).toList(),
                "signed-off patents by submission (the pending one, submitted earliest, does not compete), then the others");
        for (int i = 0; i < 3; i++) {
            Map<String, Object> d = decisions.get(i);
            assertEquals("FUNDED", d.get("decision"), d::toString);
            assertEquals(3_000, d.get("amountRmb"), d::toString);
            assertNull(d.get("grade"), d::toString);
            assertNull(d.get("score"), "a patent is not scored");
            assertEquals(i + 1, d.get("rank"));
        }
        assertEquals("BUDGET_EXHAUSTED", decisions.get(3).get("reasonCode"));
        assertEquals(4, decisions.get(3).get("rank"));
        assertEquals("REJECTED_AT_SIGN_OFF", decisions.get(4).get("reasonCode"));
        assertEquals("NOT_SIGNED_OFF", decisions.get(5).get("reasonCode"));

        List<TopicReader.Event> events = TopicReader.eventsUntil(DECISIONS,
                e -> e.type().equals("application.decided.v1") && e.data().path("callId").asText().equals(call.toString()),
                Duration.ofSeconds(30), l -> l.size() >= 6);
        assertEquals(6, events.size(), events.toString());
        Map<String, TopicReader.Event> eventOf = events.stream().collect(Collectors.toMap(TopicReader.Event::subject, e -> e));
        var f = eventOf.get(first.path("applicationId").asText()).data();
        assertEquals("FUNDED", f.path("decision").asText());
        assertEquals(3_000, f.path("amountRmb").asLong());
        assertTrue(f.path("grade").isNull());
        assertEquals("经评审予以资助（按提交先后排名第1）", f.path("reason").asText());
        var sameStudio = eventOf.get(fourth.path("applicationId").asText()).data();
        assertEquals("FUNDED", sameStudio.path("decision").asText(), "one funded patent of a studio does not bar its next inventor");
        assertEquals(studio.toString(), sameStudio.path("studioId").asText());
        var late = eventOf.get(fifth.path("applicationId").asText()).data();
        assertEquals("NOT_FUNDED", late.path("decision").asText());
        assertTrue(late.path("amountRmb").isNull());
        assertEquals("本批次预算已用完（按提交先后排名第4）", late.path("reason").asText());
        assertEquals("评审结束时未通过市总工会审核", eventOf.get(pending.path("applicationId").asText()).data().path("reason").asText());
        assertEquals("rejected at sign-off (CITY, 北京市总工会): 第一发明人非一线职工",
                eventOf.get(rejected.path("applicationId").asText()).data().path("reason").asText());
        assertEquals(9_000, events.stream().mapToLong(e -> e.data().path("amountRmb").asLong(0)).sum());
    }
}
