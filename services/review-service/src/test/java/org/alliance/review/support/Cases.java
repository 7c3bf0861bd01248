package org.alliance.review.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.testing.TestDatabase;

/** Review cases opened the way production opens them (events through Kafka), and their sign-off over HTTP. */
public final class Cases {

    public static final Duration WAIT = Duration.ofSeconds(60);

    private Cases() {
    }

    /** Publishes the submission and waits for its case; answers the case id. */
    public static UUID open(ObjectNode submission) {
        Applications.submitted(submission);
        return awaitCase(UUID.fromString(submission.path("applicationId").asText()));
    }

    /** A project boost of a studio of {@code enterprise} in {@code region}, its studio replicated first; answers the case id. */
    public static UUID project(UUID call, UUID enterprise, String region, String title) {
        UUID studio = UUID.randomUUID();
        Registry.studio(studio, enterprise, region, 1);
        TestDatabase db = TestDatabase.ofServiceUnderTest();
        await().atMost(WAIT).until(() -> db.count("SELECT count(*) FROM studio WHERE id = ?", studio) == 1);
        return open(Applications.project(UUID.randomUUID(), call, studio, region, title));
    }

    public static UUID awaitCase(UUID application) {
        TestDatabase db = TestDatabase.ofServiceUnderTest();
        return (UUID) await().atMost(WAIT).until(() -> db.single("SELECT id FROM review_case WHERE application_id = ?", application),
                id -> id != null);
    }

    public static String status(UUID caseId) {
        return (String) TestDatabase.ofServiceUnderTest().single("SELECT status FROM review_case WHERE id = ?", caseId);
    }

    public static ValidatableResponse signOff(String token, UUID caseId, String action, String unionName, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("unionName", unionName);
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/api/v1/reviews/" + caseId + "/sign-offs").then();
    }

    public static ValidatableResponse approve(String token, UUID caseId, String unionName) {
        return signOff(token, caseId, "APPROVE", unionName, null);
    }

    public static ValidatableResponse get(String token, UUID caseId) {
        return given().auth().oauth2(token).when().get("/api/v1/reviews/" + caseId).then();
    }

    /** The ids of the cases the caller's list shows for {@code call}. */
    public static List<String> listed(String token, UUID call) {
        return given().auth().oauth2(token).queryParam("callId", call).queryParam("size", 100).when().get("/api/v1/reviews")
                .then().statusCode(200).extract().path("items.id");
    }

    /** A fingerprint of every sign-off record: cases, their trails and the outbox. */
    public static String fingerprint() {
        return String.valueOf(TestDatabase.ofServiceUnderTest().single("SELECT concat_ws('|',"
                + " (SELECT count(*) || ':' || coalesce(sum(version + hashtext(id::text || stage || status)), 0) FROM review_case),"
                + " (SELECT count(*) FROM case_step), (SELECT count(*) FROM eventing.outbox_event))"));
    }
}
