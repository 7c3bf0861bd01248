package org.alliance.matching.alliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.matching.fixture.ReplicaFixture;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.alliance.testing.TopicReader.Event;
import org.alliance.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching_test"))
class AllianceTest {

    private static final String TOPIC = "alliance.matching.alliance";

    UUID thermalStudio;
    UUID machineryStudio;
    UUID machineryStudio2;
    UUID steelStudio;
    UUID textileStudio;
    UUID revokedStudio;
    UUID need;

    /** Steel (Baotou) supplies machinery (Baotou), which supplies the thermal plant (Wuhan); textiles (Huaibei) stand apart. */
    @BeforeEach
    void aSupplyChainFromBaotouToWuhan() {
        UUID steel = ReplicaFixture.enterprise("包头钢铁集团", "150200", "C", "31");
        UUID machinery = ReplicaFixture.enterprise("内蒙古第一机械集团有限公司", "150200", "C", "34");
        UUID thermal = ReplicaFixture.enterprise("湖北青山热电有限公司", "420100", "D", "44");
        UUID textile = ReplicaFixture.enterprise("淮北纺织印染有限公司", "340600", "C", "17");
        ReplicaFixture.link(steel, machinery);
        ReplicaFixture.link(machinery, thermal);
        thermalStudio = ReplicaFixture.studio("青山热电锅炉创新工作室", thermal, "420100", "ACCREDITED", "锅炉运行与检修");
        machineryStudio = ReplicaFixture.studio("卢仁峰创新工作室", machinery, "150200", "ACCREDITED", "特种钢焊接");
        machineryStudio2 = ReplicaFixture.studio("一机集团数控加工创新工作室", machinery, "150200", "ACCREDITED", "数控加工");
        steelStudio = ReplicaFixture.studio("包钢耐磨钢创新工作室", steel, "150200", "ACCREDITED", "耐磨钢冶炼");
        textileStudio = ReplicaFixture.studio("淮北印染创新工作室", textile, "340600", "REGISTERED", "印染工艺");
        revokedStudio = ReplicaFixture.studio("已撤销热电工作室", thermal, "420100", "REVOKED", "锅炉");
        need = ReplicaFixture.need("锅炉防磨防爆", "受热面磨损严重，需耐磨堆焊方案", "420100", thermalStudio, thermal);
    }

    @Test
    void anAcceptedMatchStartsASupplyChainAllianceThatGrowsAndShrinks() {
        UUID match = acceptedMatch(machineryStudio);
        Map<String, Object> body = Map.of("name", "蒙鄂能源装备上下游创新工作室联盟", "kind", "SUPPLY_CHAIN",
                "coordinatorName", "张伟", "description", "围绕锅炉防磨防爆开展供需对接", "fromMatch", match.toString());
        String location = given().auth().oauth2(TestTokens.coordinator()).contentType("application/json").body(body)
                .post("/api/v1/alliances").then().statusCode(201)
                .body("name", equalTo("蒙鄂能源装备上下游创新工作室联盟"))
                .body("coordinatorName", equalTo("张伟"))
                .body("version", equalTo(1))
                .body("members.studio.id", equalTo(List.of(machineryStudio.toString(), thermalStudio.toString())))
                .body("members.viaMatchId", equalTo(List.of(match.toString(), match.toString())))
                .body("members[0].studio.contactPerson", nullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().auth().oauth2(TestTokens.union("420000")).get(location).then().statusCode(200).body("kind", equalTo("SUPPLY_CHAIN"));
        given().auth().oauth2(TestTokens.union("310000")).get(location).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.union("420000")).queryParam("size", 200).get("/api/v1/alliances").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(TestTokens.union("310000")).queryParam("size", 200).get("/api/v1/alliances").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.coordinator()).queryParam("studio", thermalStudio.toString()).queryParam("kind", "SUPPLY_CHAIN")
                .get("/api/v1/alliances").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));

        addMember(id, Map.of("studioId", steelStudio.toString())).statusCode(200).body("version", equalTo(2))
                .body("members.size()", equalTo(3));
        addMember(id, Map.of("studioId", textileStudio.toString())).statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("studioId"));
        addMember(id, Map.of("studioId", revokedStudio.toString())).statusCode(422).body("errors[0].field", equalTo("studioId"));
        addMember(id, Map.of("studioId", machineryStudio.toString())).statusCode(409);

        given().auth().oauth2(TestTokens.coordinator()).queryParam("reason", "工作室转入其他联盟")
                .delete(location + "/members/" + steelStudio).then().statusCode(200).body("version", equalTo(3))
                .body("members.size()", equalTo(2));
        given().auth().oauth2(TestTokens.coordinator()).queryParam("reason", "再次移除")
                .delete(location + "/members/" + steelStudio).then().statusCode(404);

        List<Event> events = TopicReader.awaitEvents(TOPIC, id, 3);
        assertEquals(List.of("alliance.formed.v1", "alliance.member-added.v1", "alliance.member-removed.v1"),
                events.stream().map(Event::type).toList());
        JsonNode formed = events.get(0).data();
        assertEquals(match.toString(), formed.path("fromMatchId").asText());
        assertEquals(2, formed.path("members").size());
        assertEquals("卢仁峰创新工作室", formed.path("members").get(0).path("studioName").asText());
        assertEquals(steelStudio.toString(), events.get(1).data().path("studioId").asText());
        assertEquals(3, events.get(1).data().path("members").size());
        assertEquals("工作室转入其他联盟", events.get(2).data().path("reason").asText());
        assertEquals(3, events.get(2).data().path("version").asInt());
    }

    @Test
    void anAcceptedMatchJoinsAnExistingAlliance() {
        String location = form("INTRA_ENTERPRISE", List.of(machineryStudio, machineryStudio2)).statusCode(201).extract().header("Location");
        UUID match = acceptedMatch(machineryStudio2);
        // the thermal studio that posted the need joins; the machinery studio is already a member
        addMember(location.substring(location.lastIndexOf('/') + 1), Map.of("fromMatch", match.toString())).statusCode(422)
                .body("errors[0].field", equalTo("fromMatch"));
        String crossRegion = form("CROSS_REGION", List.of(machineryStudio2, textileStudio)).statusCode(201).extract().header("Location");
        addMember(crossRegion.substring(crossRegion.lastIndexOf('/') + 1), Map.of("fromMatch", match.toString())).statusCode(200)
                .body("version", equalTo(2))
                .body("members.studio.id", hasItem(thermalStudio.toString()))
                .body("members.find { it.studio.id == '" + thermalStudio + "' }.viaMatchId", equalTo(match.toString()));
    }

    @Test
    void theKindMustFitTheMembers() {
        form("INTRA_ENTERPRISE", List.of(machineryStudio, thermalStudio)).statusCode(422).body("errors[0].field", equalTo("members"));
        form("CROSS_REGION", List.of(machineryStudio, steelStudio)).statusCode(422).body("errors[0].field", equalTo("members"));
        form("SUPPLY_CHAIN", List.of(steelStudio, thermalStudio)).statusCode(422).body("errors[0].field", equalTo("members"));
        form("SUPPLY_CHAIN", List.of(steelStudio, machineryStudio, thermalStudio)).statusCode(201);
        form("CROSS_REGION", List.of(textileStudio, revokedStudio)).statusCode(422);
        form("CROSS_REGION", List.of(textileStudio, UUID.randomUUID())).statusCode(422).body("errors[0].field", equalTo("members"));
    }

    @Test
    void onlyAnAcceptedMatchStartsAnAlliance() {
        UUID proposed = ReplicaFixture.match(need, machineryStudio, 6.0);
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("name", "联盟", "kind", "SUPPLY_CHAIN", "coordinatorName", "张伟", "fromMatch", proposed.toString()))
                .post("/api/v1/alliances").then().statusCode(422).body("errors[0].field", equalTo("fromMatch"));
    }

    @Test
    void badRequestsNameTheField() {
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("kind", "CROSS_REGION", "coordinatorName", "张伟", "members", List.of(textileStudio.toString())))
                .post("/api/v1/alliances").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("name", "联盟", "kind", "CROSS_REGION", "coordinatorName", "张伟"))
                .post("/api/v1/alliances").then().statusCode(400).body("errors[0].field", equalTo("members"));
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("name", "联盟", "kind", "GUILD", "coordinatorName", "张伟"))
                .post("/api/v1/alliances").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(TestTokens.union("420000")).contentType("application/json")
                .body(Map.of("name", "联盟", "kind", "CROSS_REGION", "coordinatorName", "张伟",
                        "members", List.of(textileStudio.toString(), thermalStudio.toString())))
                .post("/api/v1/alliances").then().statusCode(403);
        String location = form("CROSS_REGION", List.of(textileStudio, thermalStudio)).statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        addMember(id, Map.of("studioId", steelStudio.toString(), "fromMatch", UUID.randomUUID().toString())).statusCode(400)
                .body("errors[0].field", equalTo("studioId"));
        given().auth().oauth2(TestTokens.coordinator()).delete(location + "/members/" + textileStudio).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(TestTokens.coordinator()).queryParam("kind", "GUILD").get("/api/v1/alliances").then()
                .statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(TestTokens.coordinator()).get(location).then().statusCode(200).body("version", equalTo(1));
    }

    private ValidatableResponse form(String kind, List<UUID> members) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "跨区域创新工作室联盟", "kind", kind, "coordinatorName", "李娜"));
        body.put("members", members.stream().map(UUID::toString).toList());
        return given().auth().oauth2(TestTokens.coordinator()).contentType("application/json").body(body).post("/api/v1/alliances").then();
    }

    private static ValidatableResponse addMember(String allianceId, Map<String, String> body) {
        return given().auth().oauth2(TestTokens.coordinator()).contentType("application/json").body(body)
                .post("/api/v1/alliances/" + allianceId + "/members").then();
    }

    /** A match of the thermal studio's need with {@code studio}, accepted by both sides through the API. */
    private UUID acceptedMatch(UUID studio) {
        UUID match = ReplicaFixture.match(need, studio, 8.0);
        given().auth().oauth2(TestTokens.union("420000")).contentType("application/json")
                .body(Map.of("decision", "ACCEPT", "reason", "同意对接")).post("/api/v1/matches/" + match + "/decision")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.union("150000")).contentType("application/json")
                .body(Map.of("decision", "ACCEPT", "reason", "同意对接")).post("/api/v1/matches/" + match + "/decision")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        return match;
    }
}
