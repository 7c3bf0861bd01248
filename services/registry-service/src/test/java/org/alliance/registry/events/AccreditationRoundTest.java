package org.alliance.registry.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.registry.Db;
import org.alliance.registry.Fixtures;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.RecordedEvent;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The review service's accreditation round decisions (年度认定, accreditation.decided.v1 on
 * alliance.review.accreditation) reach the registry as the review service's relay wrote them: the
 * recording its AccreditationRoundTest keeps (contracts/events/recorded), replayed for this test's
 * studios. ACCREDITED ones are accredited at MUNICIPAL by the city union from the decision's day and
 * published as studio.accredited.v1 (which matching and application already read); NOT_ACCREDITED
 * ones, a redelivery, a studio already accredited higher and a union that does not cover it change nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class AccreditationRoundTest {

    private static final String BEIJING = "110000";
    private static final RecordedEvent RECORDED = RecordedEvent.read("accreditation.decided.v1");

    @Test
    void theRoundsEightyAccreditedStudiosBecomeMunicipalAndTheOthersStayAsTheyWere() {
        String decidedOn = RECORDED.value().path("decidedOn").asText();
        List<String> accredited = new ArrayList<>();
        List<String> notAccredited = new ArrayList<>();
        List<String> caseIds = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String enterprise = Fixtures.createEnterprise(BEIJING, "北京第" + (i + 1) + "机床厂");
            String studio = Fixtures.createStudio(BEIJING, enterprise, "北京第" + (i + 1) + "职工创新工作室");
            String caseId = UUID.randomUUID().toString();
            if (i < 80) {
                accredited.add(studio);
                caseIds.add(caseId);
                eventIds.add(replay(studio, caseId, Map.of()));
            } else {
                notAccredited.add(studio);
                eventIds.add(replay(studio, caseId, Map.of("decision", "NOT_ACCREDITED", "reasonCode", "PLACES_FILLED")));
            }
        }
        eventIds.forEach(AccreditationRoundTest::awaitApplied);

        for (int i = 0; i < accredited.size(); i++) {
            String studio = accredited.get(i);
            Fixtures.get(TestTokens.union(BEIJING), "/api/v1/studios/" + studio).then().statusCode(200)
                    .body("status", equalTo("ACCREDITED")).body("tier", equalTo("MUNICIPAL"))
                    .body("accreditation.tier", equalTo("MUNICIPAL"))
                    .body("accreditation.accreditedBy", equalTo(BEIJING))
                    .body("accreditation.accreditedOn", equalTo(decidedOn));
            Fixtures.get(TestTokens.reviewer(), "/api/v1/studios/" + studio + "/accreditations").then().statusCode(200)
                    .body("kind", contains("ACCREDITED"))
                    .body("[0].recordedBy", equalTo("review-service 认定 " + caseIds.get(i)));
            assertEquals(List.of("studio.registered.v1", "studio.accredited.v1"), Db.eventTypes(studio));
        }
        for (String studio : notAccredited) {
            Fixtures.get(TestTokens.union(BEIJING), "/api/v1/studios/" + studio).then().statusCode(200)
                    .body("status", equalTo("REGISTERED"));
            assertEquals(List.of("studio.registered.v1"), Db.eventTypes(studio));
        }
        assertEquals(80L, Db.count("SELECT count(*) FROM studio_accreditation WHERE accreditation_case_id IS NOT NULL"));

        // the same case again under a new event id changes nothing
        String before = Db.fingerprint();
        awaitApplied(replay(accredited.get(0), caseIds.get(0), Map.of()));
        assertEquals(before, Db.fingerprint());
    }

    @Test
    void aStudioAccreditedHigherOrOutsideTheDecidingUnionIsLeftAsItIs() {
        String enterprise = Fixtures.createEnterprise(BEIJING, "北京市级示范企业");
        String higher = Fixtures.createStudio(BEIJING, enterprise, "市级示范性创新工作室");
        given().auth().oauth2(TestTokens.union(BEIJING)).contentType(ContentType.JSON)
                .body(Map.of("tier", "PROVINCIAL_DEMONSTRATION", "accreditedBy", BEIJING, "accreditedOn", "2020-01-01"))
                .post("/api/v1/studios/" + higher + "/accreditations").then().statusCode(201);
        String shanghai = Fixtures.createStudio("310000", Fixtures.createEnterprise("310000", "上海船舶配套企业"), "上海船舶创新工作室");
        String before = Db.fingerprint();
        awaitApplied(replay(higher, UUID.randomUUID().toString(), Map.of()));
        awaitApplied(replay(shanghai, UUID.randomUUID().toString(), Map.of()));
        assertEquals(before, Db.fingerprint());
    }

    /** Replays the recorded decision for {@code studio} under a fresh event id; answers the id. */
    private static String replay(String studio, String caseId, Map<String, String> changes) {
        String id = UUID.randomUUID().toString();
        Map<String, String> values = new java.util.HashMap<>(changes);
        values.put("studioId", studio);
        values.put("caseId", caseId);
        RECORDED.replay(Map.of("ce_id", id, "ce_subject", studio), values);
        return id;
    }

    private static void awaitApplied(String eventId) {
        await("the registry's inbox to apply " + eventId).atMost(Duration.ofSeconds(60)).until(() -> Db.count(
                "SELECT count(*) FROM eventing.inbox_event WHERE consumer = 'registry.accreditation' AND event_id = ?", eventId) == 1);
    }
}
