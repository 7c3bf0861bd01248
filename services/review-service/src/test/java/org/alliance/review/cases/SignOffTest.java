package org.alliance.review.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.alliance.review.support.Applications;
import org.alliance.review.support.Cases;
import org.alliance.review.support.Registry;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestDatabase;
import org.alliance.testing.TestTokens;
import org.alliance.testing.TopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The multi-level sign-off (审核盖章) through the API, with the events it publishes read back from
 * Kafka: unit, district and city unions each stamp the case in turn; a return waits for the amended
 * application and resumes at the level that returned it; a rejection is final and decides the
 * application not funded.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class SignOffTest {

    static final UUID SUBWAY = UUID.randomUUID();
    static final String UNIT = TestTokens.unitUnion("110105", SUBWAY);
    static final String DISTRICT = TestTokens.union("110105", "DISTRICT");
    static final String CITY = TestTokens.union("110000", "CITY");
    static final TestDatabase DB = TestDatabase.ofServiceUnderTest();

    @BeforeAll
    static void topics() {
        Registry.topics();
        Applications.topic();
    }

    @Test
    void threeLevelsStampInTurnAndAReturnResumesAtTheReturningLevel() {
        UUID call = UUID.randomUUID();
        UUID studio = UUID.randomUUID();
        Registry.studio(studio, SUBWAY, "110105", 1);
        ObjectNode form = Applications.project(UUID.randomUUID(), call, studio, "110105", "地铁车辆转向架智能检测平台");
        await().atMost(Cases.WAIT).until(() -> DB.count("SELECT count(*) FROM studio WHERE id = ?", studio) == 1);
        UUID id = Cases.open(form);
        String application = form.path("applicationId").asText();

        Cases.approve(UNIT, id, "北京地铁车辆装备有限公司工会").statusCode(200)
                .body("stage", equalTo("DISTRICT")).body("status", equalTo("IN_SIGN_OFF"))
                .body("trail", hasSize(2)).body("trail[1].action", equalTo("APPROVED")).body("trail[1].level", equalTo("UNIT"))
                .body("trail[1].unionName", equalTo("北京地铁车辆装备有限公司工会"));
        // the unit union has signed: the case is not at its level any more
        Cases.approve(UNIT, id, "北京地铁车辆装备有限公司工会").statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("case-at-other-level")).body("errors[0].field", equalTo("stage"));

        Cases.signOff(DISTRICT, id, "RETURN", "北京市朝阳区总工会", "请补充企业立项批复文件").statusCode(200)
                .body("stage", equalTo("DISTRICT")).body("status", equalTo("RETURNED"))
                .body("trail[2].reason", equalTo("请补充企业立项批复文件"));
        Cases.approve(DISTRICT, id, "北京市朝阳区总工会").statusCode(409).body("rule", equalTo("case-not-in-sign-off"))
                .body("errors[0].field", equalTo("status"));
        TopicReader.Event returned = TopicReader.awaitEvents("alliance.review.decision", application, 1).get(0);
        assertEquals("application.returned.v1", returned.type());
        assertEquals("请补充企业立项批复文件", returned.data().path("reason").asText());
        assertEquals(call.toString(), returned.data().path("callId").asText());

        // the applicant amends: the case resumes at the district level, not at the unit union
        ((ObjectNode) form.path("project")).put("title", "地铁车辆转向架智能检测平台（补充立项批复）");
        Applications.amended(form, 2);
        await().atMost(Cases.WAIT).until(() -> "IN_SIGN_OFF".equals(Cases.status(id)));
        Cases.approve(UNIT, id, "北京地铁车辆装备有限公司工会").statusCode(409).body("rule", equalTo("case-at-other-level"));
        Cases.approve(DISTRICT, id, "北京市朝阳区总工会").statusCode(200).body("stage", equalTo("CITY"));
        Cases.approve(CITY, id, "北京市总工会").statusCode(200)
                .body("stage", equalTo("SIGNED_OFF")).body("status", equalTo("SIGNED_OFF"))
                .body("title", equalTo("地铁车辆转向架智能检测平台（补充立项批复）"));

        ExtractableResponse<Response> read = Cases.get(CITY, id).statusCode(200).extract();
        assertEquals(List.of("SUBMITTED", "APPROVED", "RETURNED", "AMENDED", "APPROVED", "APPROVED"), read.path("trail.action"));
        assertEquals(java.util.Arrays.asList(null, "UNIT", "DISTRICT", null, "DISTRICT", "CITY"), read.path("trail.level"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), read.path("trail.seq"));
        assertEquals("北京市总工会", read.path("trail[5].unionName"));
        assertEquals("test-union-110000-city", read.path("trail[5].actor"));

        List<TopicReader.Event> steps = TopicReader.awaitEvents("alliance.review.case", id.toString(), 4);
        assertEquals(List.of("review.stage-completed.v1", "review.returned.v1", "review.stage-completed.v1",
                "review.stage-completed.v1"), steps.stream().map(TopicReader.Event::type).toList());
        assertEquals(List.of("DISTRICT", "DISTRICT", "CITY", "SIGNED_OFF"),
                steps.stream().map(e -> e.data().path(e.type().startsWith("review.returned") ? "level" : "nextStage").asText()).toList());
        assertEquals("北京市总工会", steps.get(3).data().path("unionName").asText());
        assertEquals(application, steps.get(3).data().path("applicationId").asText());
        // a return is the only thing the sign-off tells the application service about a case that goes on
        assertEquals(1, TopicReader.events("alliance.review.decision", application).size());
    }

    @Test
    void aRejectionIsFinalAndDecidesTheApplicationNotFunded() {
        UUID call = UUID.randomUUID();
        ObjectNode patent = Applications.patent(UUID.randomUUID(), call, "110102", "一种转向架裂纹视觉检测方法");
        UUID id = Cases.open(patent);
        String application = patent.path("applicationId").asText();
        // a patent boost is the city union's alone
        Cases.approve(TestTokens.union("110102", "DISTRICT"), id, "北京市西城区总工会").statusCode(409)
                .body("rule", equalTo("case-at-other-level"));
        Cases.signOff(CITY, id, "REJECT", "北京市总工会", "该专利已获其他市级资助，不重复支持").statusCode(200)
                .body("status", equalTo("REJECTED")).body("stage", equalTo("CITY"))
                .body("trail[1].action", equalTo("REJECTED")).body("trail[1].reason", equalTo("该专利已获其他市级资助，不重复支持"));
        Cases.approve(CITY, id, "北京市总工会").statusCode(409).body("rule", equalTo("case-not-in-sign-off"));

        TopicReader.Event rejected = TopicReader.awaitEvents("alliance.review.case", id.toString(), 1).get(0);
        assertEquals("review.rejected.v1", rejected.type());
        assertEquals("CITY", rejected.data().path("level").asText());
        assertEquals("PATENT_BOOST", rejected.data().path("kind").asText());
        assertTrue(rejected.data().path("studioId").isNull());
        TopicReader.Event decided = TopicReader.awaitEvents("alliance.review.decision", application, 1).get(0);
        assertEquals("application.decided.v1", decided.type());
        assertEquals("NOT_FUNDED", decided.data().path("decision").asText());
        assertTrue(decided.data().path("amountRmb").isNull());
        assertEquals("rejected at sign-off (CITY, 北京市总工会): 该专利已获其他市级资助，不重复支持", decided.data().path("reason").asText());

        // a late withdrawal leaves a rejected case rejected
        String withdrawn = Applications.withdrawn(patent);
        String amended = Applications.amended(patent, 2);
        await().atMost(Cases.WAIT).until(() -> DB.count("SELECT count(*) FROM eventing.inbox_event WHERE event_id IN (?, ?)",
                withdrawn, amended) == 2);
        assertEquals("REJECTED", Cases.status(id));
    }

    @Test
    void aSignOffSaysWhatItDoesAndWhyOrChangesNothing() {
        UUID id = Cases.project(UUID.randomUUID(), SUBWAY, "110105", "数控机床热误差补偿");
        String before = Cases.fingerprint();
        Cases.signOff(UNIT, id, "RETURN", "北京地铁车辆装备有限公司工会", null).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
        Cases.signOff(UNIT, id, "REJECT", "北京地铁车辆装备有限公司工会", "   ").statusCode(400).body("errors[0].field", equalTo("reason"));
        Cases.signOff(UNIT, id, "APPROVE", " ", null).statusCode(400).body("errors[0].field", equalTo("unionName"));
        Cases.signOff(UNIT, id, "STAMP", "北京地铁车辆装备有限公司工会", null).statusCode(400).body("errors[0].field", equalTo("action"));
        Cases.signOff(UNIT, id, "RETURN", "北京地铁车辆装备有限公司工会", "长".repeat(1001)).statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Cases.approve(UNIT, UUID.randomUUID(), "北京地铁车辆装备有限公司工会").statusCode(404).contentType("application/problem+json");
        assertEquals(before, Cases.fingerprint());
    }

    @Test
    void theListFiltersByCallStatusAndStageWithinTheCallersScope() {
        UUID call = UUID.randomUUID();
        UUID first = Cases.project(call, SUBWAY, "110105", "焊接机器人离线编程");
        UUID second = Cases.project(call, UUID.randomUUID(), "110105", "盾构刀具磨损监测");
        Cases.approve(UNIT, first, "北京地铁车辆装备有限公司工会").statusCode(200);
        given().auth().oauth2(CITY).queryParam("callId", call).queryParam("stage", "DISTRICT").when().get("/api/v1/reviews")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(first.toString()))
                .body("items[0].title", equalTo("焊接机器人离线编程")).body("items[0].trail", equalTo(null));
        given().auth().oauth2(CITY).queryParam("callId", call).queryParam("status", "IN_SIGN_OFF").when().get("/api/v1/reviews")
                .then().statusCode(200).body("total", equalTo(2));
        // the unit union sees its own enterprise's case only
        assertEquals(List.of(first.toString()), Cases.listed(UNIT, call));
        assertEquals(List.of(first.toString(), second.toString()), Cases.listed(DISTRICT, call));
        given().auth().oauth2(CITY).queryParam("status", "DONE").when().get("/api/v1/reviews")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().auth().oauth2(CITY).queryParam("stage", "PROVINCE").when().get("/api/v1/reviews")
                .then().statusCode(400).body("errors[0].field", equalTo("stage"));
        given().auth().oauth2(CITY).queryParam("callId", "abc").when().get("/api/v1/reviews")
                .then().statusCode(400).body("errors[0].field", equalTo("callId"));
        Cases.get(CITY, second).statusCode(200).body("trail[0].action", equalTo("SUBMITTED")).body("trail[0].actor",
                startsWith("application"));
    }
}
