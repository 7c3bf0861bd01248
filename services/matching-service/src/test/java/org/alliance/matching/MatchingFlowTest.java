package org.alliance.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.matching.repository.replica.SupplyChain;
import org.alliance.matching.support.RegistryFeed;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.alliance.testing.TopicReader;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole path through real Kafka and PostgreSQL: registry events build the replica, a union posts
 * a need, the engine proposes studios with explanations and publishes match.proposed, and later
 * studio events re-score the open need.
 */
@QuarkusTest
// its own database: other test classes of this service run their own Quarkus with "matching_test"
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching_flow_test"))
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MatchingFlowTest {

    static final UUID QINGSHAN = UUID.randomUUID();
    static final UUID BOILER_MAKER = UUID.randomUUID();
    static final UUID WEAR_PARTS = UUID.randomUUID();
    static final UUID BEIJING_POWER = UUID.randomUUID();
    static final UUID POSTING_STUDIO = UUID.randomUUID();
    static final UUID ANTI_WEAR_STUDIO = UUID.randomUUID();
    static final UUID TUBE_STUDIO = UUID.randomUUID();
    static final UUID WELDING_STUDIO = UUID.randomUUID();
    static final UUID REVOKED_STUDIO = UUID.randomUUID();
    static final UUID LATE_STUDIO = UUID.randomUUID();

    @Inject
    SupplyChain supplyChain;

    static String needId;

    // a test, not @BeforeAll: REST Assured learns the test port only before each test
    @Test
    @Order(0)
    void registryEventsBuildTheReplica() {
        try (RegistryFeed feed = new RegistryFeed()) {
            enterprise(feed, QINGSHAN, "湖北青山热电有限公司", "420100", "D", "44");
            enterprise(feed, BOILER_MAKER, "苏州锅炉设备有限公司", "320500", "C", "34");
            enterprise(feed, WEAR_PARTS, "包头耐磨材料有限公司", "150200", "C", "33");
            enterprise(feed, BEIJING_POWER, "北京京能热电有限公司", "110000", "D", "44");
            link(feed, UUID.randomUUID(), BOILER_MAKER, QINGSHAN, "电站锅炉");
            link(feed, UUID.randomUUID(), WEAR_PARTS, BOILER_MAKER, "耐磨合金板");
            studio(feed, "studio.registered.v1", POSTING_STUDIO, "青山热电锅炉检修工作室", QINGSHAN, "湖北青山热电有限公司", "420100",
                    "D", "44", "MUNICIPAL", "电站锅炉检修与运行维护", List.of("锅炉", "检修"), 1);
            studio(feed, "studio.accredited.v1", ANTI_WEAR_STUDIO, "锅炉防磨防爆创新工作室", WEAR_PARTS, "包头耐磨材料有限公司", "150200",
                    "C", "33", "PROVINCIAL_DEMONSTRATION", "电站锅炉“四管”防磨防爆：耐磨喷涂、磨损在线监测与安全预警",
                    List.of("锅炉", "防磨防爆", "耐磨喷涂", "磨损监测"), 2);
            studio(feed, "studio.registered.v1", TUBE_STUDIO, "锅炉四管检测工作室", BEIJING_POWER, "北京京能热电有限公司", "110000",
                    "D", "44", "MUNICIPAL", "锅炉受热面管壁磨损检测与寿命评估", List.of("锅炉", "磨损", "检测"), 1);
            studio(feed, "studio.registered.v1", WELDING_STUDIO, "压力容器焊接工作室", BOILER_MAKER, "苏州锅炉设备有限公司", "320500",
                    "C", "34", "ENTERPRISE", "锅炉压力容器焊接工艺与焊缝检测", List.of("焊接", "压力容器"), 1);
            studio(feed, "studio.revoked.v1", REVOKED_STUDIO, "防磨防爆技术工作室", BEIJING_POWER, "北京京能热电有限公司", "110000",
                    "D", "44", "MUNICIPAL", "锅炉防磨防爆、磨损监测与安全预警", List.of("锅炉", "防磨防爆", "磨损监测"), 3);
        }
        await("the replica").atMost(Duration.ofSeconds(60)).until(
                () -> given().auth().oauth2(TestTokens.operator()).get("/api/v1/replica").then().extract().jsonPath(),
                json -> json.getInt("studios") == 5 && json.getInt("activeLinks") == 2 && json.getInt("enterprises") == 4);
    }

    @Test
    @Order(1)
    void supplyChainReachWalksBothDirections() throws Throwable {
        List<SupplyChain.Reach> reach = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> supplyChain.enterprisesWithinHops(QINGSHAN, 2)));
        assertThat(reach).extracting(SupplyChain.Reach::enterpriseId).containsExactly(BOILER_MAKER, WEAR_PARTS);
        assertThat(reach.get(1).hops()).isEqualTo(2);
        assertThat(reach.get(1).enterprisePath()).containsExactly(QINGSHAN, BOILER_MAKER, WEAR_PARTS);
        List<SupplyChain.Reach> fromTop = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> supplyChain.enterprisesWithinHops(WEAR_PARTS, 1)));
        assertThat(fromTop).extracting(SupplyChain.Reach::enterpriseId).containsExactly(BOILER_MAKER);
    }

    @Test
    @Order(2)
    void unionPostsNeedAndGetsExplainedProposalsAcrossRegions() {
        String description = "我厂电站锅炉“四管”磨损严重，爆管停机频繁，寻求防磨防爆在线监测与安全预警方案。";
        needId = given().auth().oauth2(TestTokens.union("420000")).contentType("application/json")
                .body(Map.of("title", "锅炉防磨防爆", "description", description, "industryCode", "44",
                        "studioId", POSTING_STUDIO.toString(), "regionScope", "OTHER_REGIONS", "urgency", "HIGH"))
                .post("/api/v1/needs")
                .then().statusCode(201)
                .body("description", equalTo(description))
                .body("regionCode", equalTo("420100"))
                .body("enterpriseId", equalTo(QINGSHAN.toString()))
                .body("industrySection", equalTo("D"))
                .extract().path("id");

        JsonPath matches = given().auth().oauth2(TestTokens.coordinator()).get("/api/v1/needs/" + needId + "/matches")
                .then().statusCode(200).extract().jsonPath();
        List<String> studios = matches.getList("studio.id");
        assertThat(studios).contains(ANTI_WEAR_STUDIO.toString(), TUBE_STUDIO.toString())
                .doesNotContain(REVOKED_STUDIO.toString(), POSTING_STUDIO.toString());
        assertThat(studios.get(0)).isEqualTo(ANTI_WEAR_STUDIO.toString());
        assertThat(matches.getString("[0].studio.name")).isEqualTo("锅炉防磨防爆创新工作室");
        assertThat(matches.getString("[0].studio.capabilitySummary")).startsWith("电站锅炉“四管”");
        assertThat(matches.<Object>get("[0].contact")).as("no contact details across regions before acceptance").isNull();
        assertThat(matches.getList("[0].explanation.matchedTerms", String.class)).contains("锅炉", "磨损");
        assertThat(matches.getInt("[0].explanation.supplyChainHops")).isEqualTo(2);
        assertThat(matches.getList("[0].explanation.supplyChainPath.toName", String.class))
                .containsExactly("苏州锅炉设备有限公司", "包头耐磨材料有限公司");
        assertThat(matches.getList("[0].explanation.features.name", String.class))
                .containsExactly("text", "supplyChain", "industry", "crossRegion", "tier", "accreditation", "load");
        assertThat(matches.getList("rank", Integer.class)).startsWith(1, 2);
    }

    @Test
    @Order(3)
    void proposalsArePublishedAsEvents() {
        List<String> payloads = TopicReader.eventsUntil("alliance.matching.match",
                e -> e.type().equals("match.proposed.v1") && e.data().toString().contains(needId), Duration.ofSeconds(30),
                found -> found.size() >= 2).stream().map(e -> e.data().toString()).toList();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(2);
        String best = payloads.stream().filter(v -> v.contains(ANTI_WEAR_STUDIO.toString())).findFirst().orElseThrow();
        assertThat(best).contains("锅炉防磨防爆创新工作室").doesNotContain("0472-3112345");
    }

    @Test
    @Order(4)
    void anotherRegionsUnionSeesNoSuchNeed() {
        given().auth().oauth2(TestTokens.union("110000")).get("/api/v1/needs/" + needId).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.union("110000")).get("/api/v1/needs/" + needId + "/matches").then().statusCode(404);
        given().auth().oauth2(TestTokens.union("420000")).get("/api/v1/needs/" + needId).then().statusCode(200);
    }

    @Test
    @Order(5)
    void refusedPostsNameTheFieldAndWriteNothing() {
        long before = given().auth().oauth2(TestTokens.coordinator()).get("/api/v1/needs").then().extract().jsonPath().getLong("total");
        given().auth().oauth2(TestTokens.union("420000")).contentType("application/json")
                .body(Map.of("title", "锅炉", "description", "磨损", "industryCode", "44", "urgency", "LOW"))
                .post("/api/v1/needs").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("studioId"));
        given().auth().oauth2(TestTokens.union("110000")).contentType("application/json")
                .body(Map.of("title", "锅炉", "description", "磨损", "industryCode", "44", "urgency", "LOW",
                        "studioId", POSTING_STUDIO.toString()))
                .post("/api/v1/needs").then().statusCode(422).body("errors[0].field", equalTo("studioId"));
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("title", "锅炉", "description", "磨损", "industryCode", "44", "urgency", "LOW",
                        "regionCode", "420100", "regionScope", "NAMED"))
                .post("/api/v1/needs").then().statusCode(400).body("errors[0].field", equalTo("scopeRegions"));
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("title", "锅炉", "description", "磨损", "industryCode", "98", "urgency", "LOW", "regionCode", "420100"))
                .post("/api/v1/needs").then().statusCode(400).body("errors[0].field", equalTo("industryCode"));
        given().auth().oauth2(TestTokens.reviewer()).contentType("application/json")
                .body(Map.of("title", "锅炉", "description", "磨损", "industryCode", "44", "urgency", "LOW", "regionCode", "420100"))
                .post("/api/v1/needs").then().statusCode(403);
        long after = given().auth().oauth2(TestTokens.coordinator()).get("/api/v1/needs").then().extract().jsonPath().getLong("total");
        assertThat(after).isEqualTo(before);
    }

    @Test
    @Order(6)
    void newStudioAndRevocationRescoreTheOpenNeed() {
        try (RegistryFeed feed = new RegistryFeed()) {
            studio(feed, "studio.accredited.v1", LATE_STUDIO, "四管防磨防爆劳模创新工作室", WEAR_PARTS, "包头耐磨材料有限公司", "150200",
                    "C", "33", "NATIONAL_DEMONSTRATION", "锅炉“四管”防磨防爆、爆管预警、磨损在线监测",
                    List.of("锅炉", "四管", "防磨防爆", "爆管"), 1);
            studio(feed, "studio.revoked.v1", ANTI_WEAR_STUDIO, "锅炉防磨防爆创新工作室", WEAR_PARTS, "包头耐磨材料有限公司", "150200",
                    "C", "33", "PROVINCIAL_DEMONSTRATION", "电站锅炉“四管”防磨防爆：耐磨喷涂、磨损在线监测与安全预警",
                    List.of("锅炉", "防磨防爆", "耐磨喷涂", "磨损监测"), 3);
        }
        List<String> studios = await("re-scoring").atMost(Duration.ofSeconds(60)).until(
                () -> given().auth().oauth2(TestTokens.coordinator()).get("/api/v1/needs/" + needId + "/matches")
                        .then().statusCode(200).extract().jsonPath().getList("studio.id", String.class),
                ids -> ids.contains(LATE_STUDIO.toString()) && !ids.contains(ANTI_WEAR_STUDIO.toString()));
        assertThat(studios.get(0)).isEqualTo(LATE_STUDIO.toString());
    }

    @Test
    @Order(7)
    void anOperatorRebuildsTheReplicaFromTheTopics() {
        given().auth().oauth2(TestTokens.coordinator()).post("/api/v1/replica/rebuild").then().statusCode(403);
        given().auth().oauth2(TestTokens.operator()).post("/api/v1/replica/rebuild").then().statusCode(202)
                .header("Location", "/api/v1/replica");
        JsonPath done = await("the rebuild").atMost(Duration.ofSeconds(60)).until(
                () -> given().auth().oauth2(TestTokens.operator()).get("/api/v1/replica").then().statusCode(200)
                        .extract().jsonPath(),
                json -> !"RUNNING".equals(json.getString("state")));
        assertThat(done.getString("state")).isEqualTo("DONE");
        // every registry record read back from the topics, the newest version of each kept
        assertThat(done.getInt("result.studios")).isEqualTo(6);
        assertThat(done.getInt("result.enterprises")).isEqualTo(4);
        assertThat(done.getInt("result.links")).isEqualTo(2);
        assertThat(done.getInt("studios")).isEqualTo(6);
        List<String> studios = given().auth().oauth2(TestTokens.coordinator()).get("/api/v1/needs/" + needId + "/matches")
                .then().statusCode(200).extract().jsonPath().getList("studio.id", String.class);
        assertThat(studios).contains(LATE_STUDIO.toString()).doesNotContain(ANTI_WEAR_STUDIO.toString());
    }

    private static void enterprise(RegistryFeed feed, UUID id, String name, String region, String section, String division) {
        feed.send(RegistryFeed.ENTERPRISE_TOPIC, "enterprise.registered.v1", id.toString(),
                RegistryFeed.enterprise(id, name, region, section, division, 1));
    }

    private static void link(RegistryFeed feed, UUID id, UUID upstream, UUID downstream, String product) {
        feed.send(RegistryFeed.LINK_TOPIC, "supply-link.created.v1", id.toString(),
                RegistryFeed.link(id, upstream, downstream, product, true, 1));
    }

    private static void studio(RegistryFeed feed, String type, UUID id, String name, UUID enterprise, String enterpriseName,
            String region, String section, String division, String tier, String summary, List<String> keywords, long version) {
        feed.send(RegistryFeed.STUDIO_TOPIC, type, id.toString(), RegistryFeed.studio(type, id, name, enterprise, enterpriseName,
                region, section, division, tier, summary, keywords, version));
    }
}
