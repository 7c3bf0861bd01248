package org.alliance.matching.alliance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.common.time.ChinaClockProvider;
import org.alliance.matching.fixture.KafkaFixture;
import org.alliance.matching.support.RegistryFeed;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The seed story end to end, every step through its real interface: registry events build the
 * replica, Hubei's union posts the boiler need, the engine proposes a Suzhou studio upstream, both
 * sides accept and see each other's contacts, a coordinator starts a supply-chain alliance from the
 * match, and the studio's next outcome reaches the thermal plant's studio along the alliance and the
 * chain, where it is applied for 1.85 million RMB.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching_test"))
class AllianceJourneyTest {

    @Test
    void fromNeedToMatchToAllianceToAnAdoptedOutcome() {
        UUID qingshan = UUID.randomUUID();
        UUID boilerMaker = UUID.randomUUID();
        UUID posting = UUID.randomUUID();
        UUID antiWear = UUID.randomUUID();
        try (RegistryFeed feed = new RegistryFeed()) {
            feed.send(RegistryFeed.ENTERPRISE_TOPIC, "enterprise.registered.v1", qingshan.toString(),
                    RegistryFeed.enterprise(qingshan, "湖北青山热电有限公司", "420100", "D", "44", 1));
            feed.send(RegistryFeed.ENTERPRISE_TOPIC, "enterprise.registered.v1", boilerMaker.toString(),
                    RegistryFeed.enterprise(boilerMaker, "苏州锅炉设备有限公司", "320500", "C", "34", 1));
            UUID link = UUID.randomUUID();
            feed.send(RegistryFeed.LINK_TOPIC, "supply-link.created.v1", link.toString(),
                    RegistryFeed.link(link, boilerMaker, qingshan, "电站锅炉", true, 1));
            feed.send(RegistryFeed.STUDIO_TOPIC, "studio.registered.v1", posting.toString(), RegistryFeed.studio(
                    "studio.registered.v1", posting, "青山热电锅炉检修工作室", qingshan, "湖北青山热电有限公司", "420100", "D", "44",
                    "MUNICIPAL", "电站锅炉检修与运行维护", List.of("锅炉", "检修"), 1));
            feed.send(RegistryFeed.STUDIO_TOPIC, "studio.accredited.v1", antiWear.toString(), RegistryFeed.studio(
                    "studio.accredited.v1", antiWear, "苏锅防磨防爆创新工作室", boilerMaker, "苏州锅炉设备有限公司", "320500", "C", "34",
                    "PROVINCIAL_DEMONSTRATION", "电站锅炉“四管”防磨防爆：耐磨喷涂、磨损在线监测", List.of("锅炉", "防磨防爆", "耐磨喷涂"), 2));
        }
        for (UUID studio : List.of(posting, antiWear)) {
            await("studio " + studio + " in the replica").atMost(Duration.ofSeconds(60)).until(
                    () -> given().auth().oauth2(TestTokens.coordinator()).get("/api/v1/studios/" + studio + "/feed").statusCode(),
                    status -> status == 200);
        }

        String need = given().auth().oauth2(TestTokens.union("420000")).contentType("application/json")
                .body(Map.of("title", "锅炉防磨防爆", "description", "电站锅炉“四管”磨损严重，寻求防磨防爆与磨损在线监测方案",
                        "industryCode", "44", "studioId", posting.toString(), "regionScope", "OTHER_REGIONS", "urgency", "HIGH"))
                .post("/api/v1/needs").then().statusCode(201).extract().path("id");
        String match = await("a proposal of the Suzhou studio").atMost(Duration.ofSeconds(30)).until(
                () -> given().auth().oauth2(TestTokens.coordinator()).queryParam("need", need).get("/api/v1/matches").then()
                        .statusCode(200).extract().jsonPath().<String>getList("items.findAll { it.studio.id == '" + antiWear + "' }.id"),
                ids -> ids.size() == 1).get(0);

        given().auth().oauth2(TestTokens.union("320000")).get("/api/v1/matches/" + match).then().statusCode(200)
                .body("needContact", nullValue());
        decide(match, "420000", "上游锅炉厂的工作室最了解受热面");
        decide(match, "320000", "愿意派员赴青山热电现场").body("status", equalTo("ACCEPTED"))
                .body("studioContact.person", equalTo("王丽"))
                .body("needContact.studioName", equalTo("青山热电锅炉检修工作室"));

        String alliance = given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("name", "苏鄂电站锅炉上下游创新工作室联盟", "kind", "SUPPLY_CHAIN", "coordinatorName", "陈静",
                        "fromMatch", match))
                .post("/api/v1/alliances").then().statusCode(201)
                .body("members.studio.id", equalTo(List.of(antiWear.toString(), posting.toString())))
                .extract().path("id");
        // the link between the members' enterprises, which the console draws between them
        given().auth().oauth2(TestTokens.coordinator()).get("/api/v1/alliances/" + alliance + "/supply-links").then().statusCode(200)
                .body("upstreamEnterpriseId", equalTo(List.of(boilerMaker.toString())))
                .body("downstreamEnterpriseId", equalTo(List.of(qingshan.toString())))
                .body("product", equalTo(List.of("电站锅炉")));
        given().auth().oauth2(TestTokens.union("110000")).get("/api/v1/alliances/" + alliance + "/supply-links").then().statusCode(404);

        UUID outcome = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> published = new LinkedHashMap<>();
        published.put("outcomeId", outcome.toString());
        published.put("projectId", UUID.randomUUID().toString());
        published.put("studioId", antiWear.toString());
        published.put("title", "可视化电站锅炉防磨防爆智能安全系统");
        published.put("summary", "受热面磨损在线监测与爆管预警，获“工友杯”职工创新创业大赛十佳项目奖。");
        published.put("kind", "PRODUCT");
        published.put("keywords", List.of("锅炉", "防磨防爆", "可视化", "安全"));
        published.put("industry", Map.of("section", "C", "division", "34"));
        published.put("regionCode", "320500");
        published.put("publishedAt", "2021-10-23T16:00:00+08:00");
        KafkaFixture.ensureTopic("alliance.application.outcome", 3);
        KafkaFixture.publish("alliance.application.outcome", eventId, "/alliance/application-service", "outcome.published.v1",
                outcome.toString(), published);

        await("the outcome in the thermal plant studio's feed").atMost(Duration.ofSeconds(60)).until(
                () -> given().auth().oauth2(TestTokens.union("420000")).get("/api/v1/studios/" + posting + "/feed").then()
                        .extract().jsonPath().getInt("total"), total -> total == 1);
        given().auth().oauth2(TestTokens.union("420000")).get("/api/v1/studios/" + posting + "/feed").then()
                .body("items[0].paths.via", equalTo(List.of("ALLIANCE", "SUPPLY_CHAIN")))
                .body("items[0].paths[0].allianceId", equalTo(alliance))
                .body("items[0].paths[1].enterprises.name", equalTo(List.of("苏州锅炉设备有限公司", "湖北青山热电有限公司")))
                .body("items[0].relatedTerms", hasItem("锅炉"));

        given().auth().oauth2(TestTokens.union("420000")).contentType("application/json")
                .body(Map.of("studioId", posting.toString(), "economicValueRmb", 1850000,
                        "adoptedOn", LocalDate.now(ChinaClockProvider.CHINA).toString(), "note", "第一期订单185万元"))
                .post("/api/v1/outcomes/" + outcome + "/adoptions").then().statusCode(201);
        given().auth().oauth2(TestTokens.union("320000")).get("/api/v1/outcomes/" + outcome + "/lineage").then().statusCode(200)
                .body("recipients.items.studio.name", hasItem("青山热电锅炉检修工作室"))
                .body("totals.adoptions", equalTo(1))
                .body("totals.adoptedValueRmb", equalTo(1850000.00f))
                .body("totals.totalValueRmb", equalTo(1850000.00f));
    }

    private static io.restassured.response.ValidatableResponse decide(String match, String region, String reason) {
        return given().auth().oauth2(TestTokens.union(region)).contentType("application/json")
                .body(Map.of("decision", "ACCEPT", "reason", reason)).post("/api/v1/matches/" + match + "/decision").then()
                .statusCode(200);
    }
}
