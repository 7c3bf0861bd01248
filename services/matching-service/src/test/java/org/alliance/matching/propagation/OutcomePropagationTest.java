package org.alliance.matching.propagation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.alliance.common.time.ChinaClockProvider;
import org.alliance.matching.fixture.KafkaFixture;
import org.alliance.matching.fixture.ReplicaFixture;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.alliance.testing.TopicReader.Event;
import org.alliance.testing.TopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Outcomes arrive as real {@code outcome.published.v1} records on Kafka, written the way the eventing
 * library's relay writes them, and spread along alliances and supply chains.
 *
 * <pre>
 * 矿山 (Huaibei) → 钢铁 (Baotou) → 机械 (Baotou) → 热电 (Wuhan, origin)      上海电气 (Shanghai), no links
 *  3 hops           2 hops          1 hop           0 hops
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching_test"))
class OutcomePropagationTest {

    private static final String IN = "alliance.application.outcome";
    private static final String OUT = "alliance.matching.outcome";
    private static final String SOURCE = "/alliance/application-service";
    private static final String BOILER = "可视化电站锅炉防磨防爆智能安全系统";

    @Inject
    ValidatorFactory validation;

    UUID thermal;
    UUID machinery;
    UUID steel;
    UUID origin;
    UUID sameEnterprise;
    UUID welding;
    UUID textileMachinery;
    UUID revoked;
    UUID smelting;
    UUID mine;
    UUID shanghai;
    String alliance;

    @BeforeAll
    static void theApplicationServicesTopicExists() {
        KafkaFixture.ensureTopic(IN, 3);
    }

    void aChainAndAnAlliance() {
        UUID mining = ReplicaFixture.enterprise("淮北矿业集团", "340600", "B", "06");
        steel = ReplicaFixture.enterprise("包头钢铁集团", "150200", "C", "31");
        machinery = ReplicaFixture.enterprise("内蒙古第一机械集团有限公司", "150200", "C", "34");
        thermal = ReplicaFixture.enterprise("湖北青山热电有限公司", "420100", "D", "44");
        UUID electric = ReplicaFixture.enterprise("上海电气集团", "310000", "C", "38");
        ReplicaFixture.link(mining, steel);
        ReplicaFixture.link(steel, machinery);
        ReplicaFixture.link(machinery, thermal);
        origin = ReplicaFixture.studio("青山热电锅炉创新工作室", thermal, "420100", "ACCREDITED", "电站锅炉防磨防爆", "锅炉");
        sameEnterprise = ReplicaFixture.studio("热电化学水处理创新工作室", thermal, "420100", "ACCREDITED", "锅炉给水化学处理");
        welding = ReplicaFixture.studio("卢仁峰创新工作室", machinery, "150200", "ACCREDITED", "特种钢焊接、锅炉受热面耐磨堆焊", "焊接", "耐磨");
        textileMachinery = ReplicaFixture.studio("一机纺织机械创新工作室", machinery, "150200", "ACCREDITED", "纺织机械装配");
        revoked = ReplicaFixture.studio("已撤销锅炉工作室", machinery, "150200", "REVOKED", "锅炉检修");
        smelting = ReplicaFixture.studio("包钢冶炼创新工作室", steel, "150200", "ACCREDITED", "高炉冶炼");
        ReplicaFixture.need("余热回收设备磨损", "余热锅炉受热面磨损，寻求防磨防爆技术", "150200", smelting, steel);
        mine = ReplicaFixture.studio("淮北矿山锅炉创新工作室", mining, "340600", "ACCREDITED", "矿山锅炉检修");
        shanghai = ReplicaFixture.studio("上海电气工业软件创新工作室", electric, "310000", "ACCREDITED", "工业软件");
        alliance = given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("name", "长江经济带能源装备创新工作室联盟", "kind", "CROSS_REGION", "coordinatorName", "王芳",
                        "members", List.of(origin.toString(), shanghai.toString(), welding.toString())))
                .post("/api/v1/alliances").then().statusCode(201).extract().path("id");
    }

    @Test
    void anOutcomeReachesAlliancesAndRelatedStudiosAlongTheChainOnceWithItsPaths() {
        aChainAndAnAlliance();
        UUID outcome = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> data = outcome(outcome, origin, 500000.00);
        KafkaFixture.publish(IN, eventId, SOURCE, "outcome.published.v1", outcome.toString(), data);
        KafkaFixture.publish(IN, eventId, SOURCE, "outcome.published.v1", outcome.toString(), data);
        // the same outcome published again as a new event: propagated once all the same
        String republished = UUID.randomUUID().toString();
        KafkaFixture.publish(IN, republished, SOURCE, "outcome.published.v1", outcome.toString(), data);
        await("the re-published event to be applied").atMost(Duration.ofSeconds(60)).until(
                () -> ReplicaFixture.inboxHas("matching.outcome-propagation", republished));

        ValidatableResponse lineage = given().auth().oauth2(TestTokens.coordinator()).get("/api/v1/outcomes/" + outcome + "/lineage")
                .then().statusCode(200);
        lineage.body("recipients.items.studio.id", equalTo(List.of(
                        sorted(welding, shanghai).get(0), sorted(welding, shanghai).get(1), sameEnterprise.toString(), smelting.toString())))
                .body("outcome.title", equalTo(BOILER))
                .body("outcome.originStudio.name", equalTo("青山热电锅炉创新工作室"))
                .body("hops", equalTo(2))
                .body("totals.recipients", equalTo(4))
                .body("totals.regions", equalTo(3));
        assertEquals(4, ReplicaFixture.count("SELECT count(*) FROM outcome_delivery WHERE outcome_id = ?", outcome));
        given().auth().oauth2(TestTokens.coordinator()).queryParam("page", 1).queryParam("size", 3)
                .get("/api/v1/outcomes/" + outcome + "/lineage").then().statusCode(200)
                .body("recipients.total", equalTo(4))
                .body("recipients.items.studio.id", equalTo(List.of(smelting.toString())))
                .body("totals.recipients", equalTo(4));

        feed(welding, "150000").body("total", equalTo(1))
                .body("items[0].outcome.title", equalTo(BOILER))
                .body("items[0].paths.via", equalTo(List.of("ALLIANCE", "SUPPLY_CHAIN")))
                .body("items[0].paths[0].allianceName", equalTo("长江经济带能源装备创新工作室联盟"))
                .body("items[0].paths[1].hops", equalTo(1))
                .body("items[0].paths[1].enterprises.name", equalTo(List.of("湖北青山热电有限公司", "内蒙古第一机械集团有限公司")))
                .body("items[0].relatedTerms", hasItem("锅炉"));
        feed(smelting, "150000").body("items[0].paths[0].enterprises.id",
                equalTo(List.of(thermal.toString(), machinery.toString(), steel.toString())));
        feed(shanghai, "310000").body("items[0].paths.via", equalTo(List.of("ALLIANCE"))).body("items[0].relatedTerms.size()", equalTo(0));
        feed(sameEnterprise, "420000").body("items[0].paths[0].hops", equalTo(0));
        for (UUID none : List.of(textileMachinery, revoked, mine, origin)) {
            given().auth().oauth2(TestTokens.coordinator()).get("/api/v1/studios/" + none + "/feed").then().statusCode(200)
                    .body("total", equalTo(0));
        }
        feed(welding, "420000").statusCode(404).contentType("application/problem+json");

        List<Event> propagated = TopicReader.eventsUntil(OUT, outcome.toString(), Duration.ofSeconds(8), l -> false);
        assertEquals(1, propagated.size(), "one outcome.propagated.v1 for three deliveries of the outcome");
        JsonNode event = propagated.get(0).data();
        assertEquals("outcome.propagated.v1", propagated.get(0).type());
        assertEquals(outcome.toString(), propagated.get(0).key());
        assertEquals(4, event.path("recipients").size());
        assertEquals(1, event.path("part").asInt());
        assertEquals(1, event.path("parts").asInt());
        assertEquals(4, event.path("totalRecipients").asInt());
        JsonNode weldingCopy = StreamSupport.stream(event.path("recipients").spliterator(), false)
                .filter(r -> r.path("studioId").asText().equals(welding.toString())).findFirst().orElseThrow();
        assertEquals(alliance, weldingCopy.path("paths").get(0).path("allianceId").asText());
        assertEquals(List.of(thermal.toString(), machinery.toString()),
                StreamSupport.stream(weldingCopy.path("paths").get(1).path("enterpriseIds").spliterator(), false).map(JsonNode::asText).toList());
    }

    @Test
    void adoptionsAddUpInTheLineage() {
        aChainAndAnAlliance();
        UUID outcome = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        KafkaFixture.publish(IN, eventId, SOURCE, "outcome.published.v1", outcome.toString(), outcome(outcome, origin, 500000.00));
        await("the outcome to be applied").atMost(Duration.ofSeconds(60)).until(
                () -> ReplicaFixture.inboxHas("matching.outcome-propagation", eventId));
        String today = LocalDate.now(ChinaClockProvider.CHINA).toString();

        String location = adopt(outcome, "150000", welding, "120000.50", today).statusCode(201)
                .body("studio.name", equalTo("卢仁峰创新工作室"))
                .body("economicValueRmb", comparesEqualTo(new BigDecimal("120000.50")))
                .body("note", equalTo("在一机集团热电车间推广应用"))
                .extract().header("Location");
        bigDecimals().auth().oauth2(TestTokens.union("150000")).get(location).then().statusCode(200)
                .body("paths.via", equalTo(List.of("ALLIANCE", "SUPPLY_CHAIN")));
        adopt(outcome, "150000", welding, "1.00", today).statusCode(409).contentType("application/problem+json");
        adopt(outcome, "150000", textileMachinery, "1.00", today).statusCode(422).body("errors[0].field", equalTo("studioId"));
        adopt(outcome, "420000", welding, "1.00", today).statusCode(404).body("errors[0].field", equalTo("studioId"));
        adopt(outcome, "150000", smelting, "-1", today).statusCode(400).body("errors[0].field", equalTo("economicValueRmb"));
        adopt(outcome, "150000", smelting, "1.005", today).statusCode(400).body("errors[0].field", equalTo("economicValueRmb"));
        adopt(outcome, "150000", smelting, "1.00", LocalDate.now(ChinaClockProvider.CHINA).plusDays(1).toString()).statusCode(400)
                .body("errors[0].field", equalTo("adoptedOn"))
                .body("errors[0].message", equalTo("must be a date in the past or today (China time)"));
        adopt(outcome, "150000", smelting, "1.00", "2020-01-01").statusCode(422).body("errors[0].field", equalTo("adoptedOn"));
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("studioId", smelting.toString(), "economicValueRmb", 1, "adoptedOn", today))
                .post("/api/v1/outcomes/" + outcome + "/adoptions").then().statusCode(403);
        adopt(outcome, "150000", smelting, "30000", today).statusCode(201);

        bigDecimals().auth().oauth2(TestTokens.union("420000")).get("/api/v1/outcomes/" + outcome + "/lineage").then().statusCode(200)
                .body("adoptions.items.studio.id", equalTo(List.of(welding.toString(), smelting.toString())))
                .body("adoptions.total", equalTo(2))
                .body("recipients.items.find { it.studio.id == '" + welding + "' }.adopted", equalTo(true))
                .body("recipients.items.find { it.studio.id == '" + shanghai + "' }.adopted", equalTo(false))
                .body("totals.adoptions", equalTo(2))
                .body("totals.originValueRmb", comparesEqualTo(new BigDecimal("500000.00")))
                .body("totals.adoptedValueRmb", comparesEqualTo(new BigDecimal("150000.50")))
                .body("totals.totalValueRmb", comparesEqualTo(new BigDecimal("650000.50")));
        // one at a time: the second adoption on the second page, the totals still over both
        lineage(outcome, 1, 1)
                .body("adoptions.items.studio.id", equalTo(List.of(smelting.toString())))
                .body("adoptions.items[0].economicValueRmb", comparesEqualTo(new BigDecimal("30000.00")))
                .body("adoptions.items[0].paths.via", equalTo(List.of("SUPPLY_CHAIN")))
                .body("adoptions.page", equalTo(1))
                .body("adoptions.size", equalTo(1))
                .body("adoptions.total", equalTo(2))
                .body("totals.adoptions", equalTo(2))
                .body("totals.adoptedValueRmb", comparesEqualTo(new BigDecimal("150000.50")))
                .body("totals.totalValueRmb", comparesEqualTo(new BigDecimal("650000.50")));
        // past the adoptions, the recipients go on; the smelting studio, last of them, is marked an adopter
        lineage(outcome, 3, 1)
                .body("adoptions.items.size()", equalTo(0))
                .body("adoptions.total", equalTo(2))
                .body("recipients.items.studio.id", equalTo(List.of(smelting.toString())))
                .body("recipients.items[0].adopted", equalTo(true))
                .body("totals.adoptedValueRmb", comparesEqualTo(new BigDecimal("150000.50")));
        lineage(outcome, 0, 201).statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().auth().oauth2(TestTokens.union("150000")).get("/api/v1/outcomes/" + outcome + "/lineage").then().statusCode(404);
        feed(welding, "150000").body("items[0].adoption.economicValueRmb", equalTo(120000.50f));

        List<Event> adopted = TopicReader.awaitEvents(OUT, outcome.toString(), 3).stream()
                .filter(p -> p.type().equals("outcome.adopted.v1")).toList();
        assertEquals(2, adopted.size());
        assertEquals(smelting.toString(), adopted.get(1).data().path("studioId").asText());
        assertEquals(2, adopted.get(1).data().path("outcomeAdoptions").asInt());
        assertEquals(0, new BigDecimal("150000.50").compareTo(adopted.get(1).data().path("outcomeValueRmb").decimalValue()));
    }

    /**
     * A studio that joins the alliance later receives the outcome its fellow members received when it
     * was propagated, with its path through the alliance and an outcome.propagated naming it; never an
     * outcome a member made before joining, never a second copy of one it already holds.
     */
    @Test
    void aStudioJoiningTheAllianceLaterReceivesWhatItsFellowMembersSpread() {
        aChainAndAnAlliance();
        // made by the water-treatment studio before it joins the alliance: the alliance never shared it
        UUID earlier = UUID.randomUUID();
        publishAndAwait(earlier, sameEnterprise);
        UUID outcome = UUID.randomUUID();
        publishAndAwait(outcome, origin);

        // it already holds the outcome from its own enterprise: joining adds no second copy
        join(sameEnterprise);
        join(mine);
        await("the outcome in the late member's feed").atMost(Duration.ofSeconds(60)).until(
                () -> feed(mine, "340000").extract().jsonPath().getInt("total"), total -> total > 0);
        feed(mine, "340000").body("total", equalTo(1))
                .body("items[0].outcome.id", equalTo(outcome.toString()))
                .body("items[0].outcome.title", equalTo(BOILER))
                .body("items[0].paths.via", equalTo(List.of("ALLIANCE")))
                .body("items[0].paths[0].allianceId", equalTo(alliance))
                .body("items[0].paths[0].allianceName", equalTo("长江经济带能源装备创新工作室联盟"))
                .body("items[0].relatedTerms.size()", equalTo(0));
        feed(sameEnterprise, "420000").body("total", equalTo(1))
                .body("items[0].outcome.id", equalTo(outcome.toString()))
                .body("items[0].paths.via", equalTo(List.of("SUPPLY_CHAIN")));

        // leaving and joining again, and the join event replayed under a new id, deliver nothing new
        given().auth().oauth2(TestTokens.coordinator()).queryParam("reason", "调整联盟成员")
                .delete("/api/v1/alliances/" + alliance + "/members/" + mine).then().statusCode(200);
        join(mine);
        Event joined = TopicReader.eventsUntil("alliance.matching.alliance", alliance, Duration.ofSeconds(30),
                l -> l.stream().filter(p -> p.type().equals("alliance.member-added.v1")).count() == 3).stream()
                .filter(p -> p.type().equals("alliance.member-added.v1")).reduce((a, b) -> b).orElseThrow();
        String replay = UUID.randomUUID().toString();
        KafkaFixture.publish("alliance.matching.alliance", replay, "/alliance/matching-service", "alliance.member-added.v1",
                alliance, joined.data());
        await("the replayed join to be applied").atMost(Duration.ofSeconds(60)).until(
                () -> ReplicaFixture.inboxHas("matching.late-member-delivery", replay));
        // a later join is handled after the ones before it (one alliance, one partition): its copy marks them done
        join(textileMachinery);
        await("the outcome in the next member's feed").atMost(Duration.ofSeconds(60)).until(
                () -> feed(textileMachinery, "150000").extract().jsonPath().getInt("total"), total -> total > 0);
        feed(mine, "340000").body("total", equalTo(1));
        assertEquals(1, ReplicaFixture.count("SELECT count(*) FROM outcome_delivery WHERE outcome_id = ? AND studio_id = ?",
                outcome, mine));

        // appended after the recipients of the propagation, in the order they joined
        List<String> recipients = lineage(outcome, 0, 20).body("totals.recipients", equalTo(6))
                .body("recipients.items[4].paths.via", equalTo(List.of("ALLIANCE")))
                .extract().jsonPath().getList("recipients.items.studio.id", String.class);
        assertEquals(List.of(mine.toString(), textileMachinery.toString()), recipients.subList(4, 6));
        List<Event> propagated = TopicReader.eventsUntil(OUT, outcome.toString(), Duration.ofSeconds(8), l -> false);
        assertEquals(List.of(4, 1, 1), propagated.stream().map(p -> p.data().path("recipients").size()).toList());
        JsonNode late = propagated.get(1).data();
        assertEquals("outcome.propagated.v1", propagated.get(1).type());
        assertEquals(origin.toString(), late.path("originStudioId").asText());
        assertEquals(1, late.path("totalRecipients").asInt());
        JsonNode copy = late.path("recipients").get(0);
        assertEquals(mine.toString(), copy.path("studioId").asText());
        assertEquals("340600", copy.path("regionCode").asText());
        assertEquals(alliance, copy.path("paths").get(0).path("allianceId").asText());
        assertEquals("长江经济带能源装备创新工作室联盟", copy.path("paths").get(0).path("allianceName").asText());
        assertEquals(0, copy.path("relatedTerms").size());
        assertEquals(textileMachinery.toString(), propagated.get(2).data().path("recipients").get(0).path("studioId").asText());
        List<Event> earlierSpread = TopicReader.events(OUT, earlier.toString());
        assertFalse(earlierSpread.isEmpty(), "the earlier outcome was propagated");
        assertTrue(earlierSpread.stream().noneMatch(p -> p.data().path("recipients").toString().contains(mine.toString())));
    }

    /**
     * Adoption dates are days in China: Bean Validation's "today" comes from the common clock, so
     * between midnight in Beijing and midnight UTC a server in UTC still accepts today's date there.
     */
    @Test
    void adoptionDatesAreJudgedByTheCalendarInChina() {
        assertEquals(ChinaClockProvider.CHINA, validation.getClockProvider().getClock().getZone());
    }

    @Test
    void anOutcomeThatReachesHundredsOfStudiosIsPublishedInParts() {
        UUID plant = ReplicaFixture.enterprise("华电锅炉检修有限公司", "420100", "D", "44");
        UUID source = ReplicaFixture.studio("华电锅炉创新工作室", plant, "420100", "ACCREDITED", "锅炉检修");
        for (int i = 0; i < 205; i++) {
            ReplicaFixture.studio("锅炉检修班组" + i, plant, "420100", "ACCREDITED", "锅炉受热面检修");
        }
        UUID outcome = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        KafkaFixture.publish(IN, eventId, SOURCE, "outcome.published.v1", outcome.toString(), outcome(outcome, source, 1000.00));
        List<Event> parts = TopicReader.awaitEvents(OUT, outcome.toString(), 2);
        assertEquals(List.of(200, 5), parts.stream().map(p -> p.data().path("recipients").size()).toList());
        assertEquals(List.of(1, 2), parts.stream().map(p -> p.data().path("part").asInt()).toList());
        assertTrue(parts.stream().allMatch(p -> p.data().path("parts").asInt() == 2 && p.data().path("totalRecipients").asInt() == 205));
        given().auth().oauth2(TestTokens.coordinator()).get("/api/v1/outcomes/" + outcome + "/lineage").then().statusCode(200)
                .body("totals.recipients", equalTo(205)).body("recipients.items.size()", equalTo(20));
    }

    @Test
    void anOutcomeOfAStudioTheReplicaDoesNotKnowIsParkedOnTheDeadLetterTopic() {
        UUID outcome = UUID.randomUUID();
        KafkaFixture.publish(IN, UUID.randomUUID().toString(), SOURCE, "outcome.published.v1", outcome.toString(),
                outcome(outcome, UUID.randomUUID(), 1000.00));
        List<Event> parked = TopicReader.awaitEvents(IN + ".dlq", outcome.toString(), 1);
        assertTrue(parked.get(0).data().path("title").asText().contains("锅炉"));
        given().auth().oauth2(TestTokens.coordinator()).get("/api/v1/outcomes/" + outcome + "/lineage").then().statusCode(404);
    }

    private static Map<String, Object> outcome(UUID id, UUID studio, double value) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("outcomeId", id.toString());
        data.put("projectId", UUID.randomUUID().toString());
        data.put("studioId", studio.toString());
        data.put("title", BOILER);
        data.put("summary", "湖北青山热电的电站锅炉防磨防爆智能安全系统，获湖北省第二届“工友杯”职工创新创业大赛创新组“十佳项目奖”。");
        data.put("kind", "PRODUCT");
        data.put("keywords", List.of("锅炉", "防磨防爆", "可视化", "安全"));
        data.put("industry", Map.of("section", "D", "division", "44"));
        data.put("regionCode", "420100");
        data.put("publishedAt", "2021-10-23T16:00:00+08:00");
        data.put("economicValueRmb", value);
        return data;
    }

    private static ValidatableResponse feed(UUID studio, String unionRegion) {
        return given().auth().oauth2(TestTokens.union(unionRegion)).get("/api/v1/studios/" + studio + "/feed").then();
    }

    private ValidatableResponse adopt(UUID outcome, String unionRegion, UUID studio, String value, String adoptedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("studioId", studio.toString());
        body.put("economicValueRmb", new BigDecimal(value));
        body.put("adoptedOn", adoptedOn);
        body.put("note", "在一机集团热电车间推广应用");
        return bigDecimals().auth().oauth2(TestTokens.union(unionRegion)).contentType("application/json").body(body)
                .post("/api/v1/outcomes/" + outcome + "/adoptions").then();
    }

    private static void publishAndAwait(UUID outcome, UUID studio) {
        String eventId = UUID.randomUUID().toString();
        KafkaFixture.publish(IN, eventId, SOURCE, "outcome.published.v1", outcome.toString(), outcome(outcome, studio, 1000.00));
        await("outcome " + outcome + " to be propagated").atMost(Duration.ofSeconds(60)).until(
                () -> ReplicaFixture.inboxHas("matching.outcome-propagation", eventId));
    }

    private void join(UUID studio) {
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json").body(Map.of("studioId", studio.toString()))
                .post("/api/v1/alliances/" + alliance + "/members").then().statusCode(200);
    }

    private static ValidatableResponse lineage(UUID outcome, int page, int size) {
        return bigDecimals().auth().oauth2(TestTokens.coordinator()).queryParam("page", page).queryParam("size", size)
                .get("/api/v1/outcomes/" + outcome + "/lineage").then();
    }

    private static RequestSpecification bigDecimals() {
        return given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL)));
    }

    private static List<String> sorted(UUID a, UUID b) {
        List<String> ids = new ArrayList<>(List.of(a.toString(), b.toString()));
        ids.sort(null);
        return ids;
    }
}
