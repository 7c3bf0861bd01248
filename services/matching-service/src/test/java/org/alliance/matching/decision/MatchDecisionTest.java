package org.alliance.matching.decision;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.alliance.matching.fixture.ReplicaFixture;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.alliance.testing.TopicReader.Event;
import org.alliance.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching_test"))
class MatchDecisionTest {

    private static final String HUBEI = "420000";
    private static final String INNER_MONGOLIA = "150000";
    private static final String TOPIC = "alliance.matching.match";

    UUID needStudio;
    UUID capableStudio;
    UUID need;
    UUID match;

    @BeforeEach
    void aBoilerNeedInWuhanProposedToAStudioInBaotou() {
        UUID thermal = ReplicaFixture.enterprise("湖北青山热电有限公司", "420100", "D", "44");
        UUID machinery = ReplicaFixture.enterprise("内蒙古第一机械集团有限公司", "150200", "C", "34");
        needStudio = ReplicaFixture.studio("青山热电锅炉创新工作室", thermal, "420100", "ACCREDITED", "锅炉运行与检修");
        capableStudio = ReplicaFixture.studio("卢仁峰创新工作室", machinery, "150200", "ACCREDITED", "特种钢焊接、耐磨堆焊", "焊接", "耐磨");
        need = ReplicaFixture.need("锅炉防磨防爆", "锅炉“四管”磨损严重，需防磨防爆在线监测与安全预警方案", "420100", needStudio, thermal);
        match = ReplicaFixture.match(need, capableStudio, 7.5);
    }

    @Test
    void bothSidesAcceptThenContactsShowAndTheEventIsPublished() {
        // before any answer a coordinator sees the card, not the contacts
        get(TestTokens.coordinator()).statusCode(200)
                .body("studio.name", equalTo("卢仁峰创新工作室"))
                .body("studio.tier", equalTo("MUNICIPAL"))
                .body("studio.regionCode", equalTo("150200"))
                .body("studio.capabilitySummary", equalTo("特种钢焊接、耐磨堆焊"))
                .body("needContact", nullValue())
                .body("studioContact", nullValue());

        decide(TestTokens.union(HUBEI), Map.of("decision", "ACCEPT", "reason", "该工作室耐磨堆焊经验丰富")).statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("decisions[0].side", equalTo("NEED"))
                .body("decisions[0].reason", equalTo("该工作室耐磨堆焊经验丰富"))
                // the need's own union sees its own side's contact, never the other region's before acceptance
                .body("needContact.person", notNullValue())
                .body("studioContact", nullValue());

        decide(TestTokens.union(INNER_MONGOLIA), Map.of("decision", "ACCEPT", "reason", "可派技术骨干赴现场")).statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("decisions.side", equalTo(List.of("NEED", "STUDIO")))
                .body("needContact.studioName", equalTo("青山热电锅炉创新工作室"))
                .body("needContact.postedBy", equalTo("test-union-poster"))
                .body("studioContact.phone", notNullValue());

        get(TestTokens.union(HUBEI)).statusCode(200).body("studioContact.email", notNullValue());
        get(TestTokens.coordinator()).statusCode(200).body("studioContact.person", notNullValue());

        List<Event> events = TopicReader.awaitEvents(TOPIC, match.toString(), 1);
        assertEquals(1, events.size());
        Event accepted = events.get(0);
        assertEquals("match.accepted.v1", accepted.type());
        assertEquals(match.toString(), accepted.key());
        assertEquals("ACCEPTED", accepted.data().path("status").asText());
        assertEquals(2, accepted.data().path("decisions").size());
        assertEquals("可派技术骨干赴现场", accepted.data().path("decisions").get(1).path("reason").asText());
    }

    @Test
    void bothSidesAcceptingAtTheSameMomentAcceptTheMatchOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String region : List.of(HUBEI, INNER_MONGOLIA)) {
                String token = TestTokens.union(region);
                answers.add(pool.submit(() -> {
                    start.await();
                    return decide(token, Map.of("decision", "ACCEPT", "reason", "同时同意")).extract().statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        get(TestTokens.coordinator()).body("status", equalTo("ACCEPTED")).body("decisions.size()", equalTo(2));
        List<Event> events = TopicReader.eventsUntil(TOPIC, match.toString(), Duration.ofSeconds(8), l -> false);
        assertEquals(List.of("match.accepted.v1"), events.stream().map(Event::type).toList());
    }

    @Test
    void oneDeclineEndsTheMatch() {
        decide(TestTokens.coordinator(), Map.of("decision", "DECLINE", "reason", "本年度攻关任务已满", "side", "STUDIO"))
                .statusCode(200).body("status", equalTo("DECLINED"));
        decide(TestTokens.union(HUBEI), Map.of("decision", "ACCEPT", "reason", "仍希望合作")).statusCode(409)
                .contentType("application/problem+json");
        Event declined = TopicReader.awaitEvents(TOPIC, match.toString(), 1).get(0);
        assertEquals("match.declined.v1", declined.type());
        assertEquals("STUDIO", declined.data().path("side").asText());
        assertEquals("本年度攻关任务已满", declined.data().path("reason").asText());
    }

    @Test
    void eachSideAnswersOnceAndOnlyForItself() {
        decide(TestTokens.union(HUBEI), Map.of("decision", "ACCEPT", "reason", "同意")).statusCode(200);
        decide(TestTokens.union(HUBEI), Map.of("decision", "DECLINE", "reason", "改变主意")).statusCode(409);
        decide(TestTokens.union(INNER_MONGOLIA), Map.of("decision", "ACCEPT", "reason", "同意", "side", "NEED"))
                .statusCode(403).body("errors[0].field", equalTo("side"));
        decide(TestTokens.union("310000"), Map.of("decision", "ACCEPT", "reason", "同意")).statusCode(404)
                .contentType("application/problem+json");
        get(TestTokens.union("310000")).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void invalidDecisionsNameTheFieldAndChangeNothing() {
        decide(TestTokens.coordinator(), Map.of("decision", "ACCEPT", "reason", "同意")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("side"));
        decide(TestTokens.union(HUBEI), Map.of("decision", "ACCEPT")).statusCode(400)
                .body("errors.field", hasItem("reason"));
        decide(TestTokens.union(HUBEI), Map.of("decision", "MAYBE", "reason", "再议")).statusCode(400)
                .body("errors[0].field", equalTo("decision"));
        decide(TestTokens.union(HUBEI), Map.of("decision", "ACCEPT", "reason", "同意", "contact", "x")).statusCode(400)
                .body("errors[0].field", equalTo("contact"));
        given().auth().oauth2(TestTokens.reviewer()).contentType("application/json")
                .body(Map.of("decision", "ACCEPT", "reason", "同意")).post("/api/v1/matches/" + match + "/decision")
                .then().statusCode(403);
        get(TestTokens.coordinator()).body("status", equalTo("PROPOSED")).body("decisions.size()", equalTo(0));
    }

    @Test
    void aRevokedStudioCannotBeAccepted() {
        ReplicaFixture.revoke(capableStudio);
        decide(TestTokens.union(HUBEI), Map.of("decision", "ACCEPT", "reason", "同意")).statusCode(422)
                .contentType("application/problem+json");
        decide(TestTokens.union(HUBEI), Map.of("decision", "DECLINE", "reason", "工作室已被撤销")).statusCode(200)
                .body("status", equalTo("DECLINED"));
    }

    @Test
    void coordinatorsFilterAcrossRegionsAndUnionsSeeOnlyTheirOwn() {
        UUID other = ReplicaFixture.match(need, needStudio, 2.0);
        given().auth().oauth2(TestTokens.coordinator()).queryParam("need", need.toString()).queryParam("minScore", 5)
                .get("/api/v1/matches").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(match.toString()));
        given().auth().oauth2(TestTokens.coordinator()).queryParam("need", need.toString()).queryParam("maxScore", 5)
                .get("/api/v1/matches").then().statusCode(200)
                .body("items.id", equalTo(List.of(other.toString())));
        given().auth().oauth2(TestTokens.coordinator()).queryParam("need", need.toString()).queryParam("region", "150000")
                .queryParam("industry", "D").queryParam("status", "PROPOSED")
                .get("/api/v1/matches").then().statusCode(200).body("items.id", equalTo(List.of(match.toString())));
        given().auth().oauth2(TestTokens.coordinator()).queryParam("need", need.toString()).queryParam("size", 1)
                .get("/api/v1/matches").then().statusCode(200).body("total", equalTo(2)).body("items.size()", equalTo(1));
        UUID shanghaiWorks = ReplicaFixture.enterprise("上海电站辅机厂", "310000", "C", "34");
        UUID shanghaiStudio = ReplicaFixture.studio("电站辅机创新工作室", shanghaiWorks, "310000", "ACCREDITED", "辅机振动诊断");
        UUID shanghaiNeed = ReplicaFixture.need("辅机振动", "给水泵振动超标，需要在线诊断方案", "310000", shanghaiStudio, shanghaiWorks);
        UUID shanghaiMatch = ReplicaFixture.match(shanghaiNeed, capableStudio, 6.0);
        given().auth().oauth2(TestTokens.union("310000")).queryParam("size", 200).get("/api/v1/matches").then().statusCode(200)
                .body("items.id", hasItem(shanghaiMatch.toString()))
                .body("items.id", not(hasItem(match.toString())))
                .body("items.need.regionCode", everyItem(not(equalTo("420100"))));
        given().auth().oauth2(TestTokens.coordinator()).queryParam("region", "42").get("/api/v1/matches").then()
                .statusCode(400).body("errors[0].field", equalTo("region"));
        given().auth().oauth2(TestTokens.coordinator()).queryParam("status", "MAYBE").get("/api/v1/matches").then()
                .statusCode(400).contentType("application/problem+json");
    }

    private ValidatableResponse get(String token) {
        return given().auth().oauth2(token).get("/api/v1/matches/" + match).then();
    }

    private ValidatableResponse decide(String token, Map<String, String> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/matches/" + match + "/decision").then();
    }
}
