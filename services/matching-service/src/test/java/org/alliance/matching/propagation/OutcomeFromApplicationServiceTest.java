package org.alliance.matching.propagation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.matching.fixture.KafkaFixture;
import org.alliance.matching.fixture.ReplicaFixture;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.RecordedEvent;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The application service's real outcome.published record reaches matching. The application service's
 * OutcomeTest publishes an outcome through its API and relay and holds the record it wrote (topic, key,
 * every header, the value's fields at every depth) to {@code contracts/events/recorded/outcome.published.v1.json};
 * this test sends that recording, with fresh ids and a studio of this replica, to matching's own consumer
 * and reads it back through the lineage API. If the application service's record changes shape its test
 * fails until the recording is rewritten, and then this one fails if matching cannot apply it.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching_test"))
class OutcomeFromApplicationServiceTest {

    @Test
    void theRecordTheApplicationServiceWritesIsAppliedAndShowsInTheLineage() {
        RecordedEvent recorded = RecordedEvent.read("outcome.published.v1");
        KafkaFixture.ensureTopic(recorded.topic(), 3);
        UUID works = ReplicaFixture.enterprise("中车长春轨道客车股份有限公司", "220100", "C", "37");
        UUID origin = ReplicaFixture.studio("转向架检测创新工作室", works, "220100", "ACCREDITED", "转向架裂纹检测", "转向架");
        UUID sibling = ReplicaFixture.studio("机器视觉检测创新工作室", works, "220100", "ACCREDITED", "机器视觉裂纹检测", "机器视觉");

        UUID outcome = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        recorded.replay(Map.of("ce_id", eventId, "ce_subject", outcome.toString()),
                Map.of("outcomeId", outcome.toString(), "studioId", origin.toString(), "projectId", UUID.randomUUID().toString()));
        await("matching's inbox to apply the application service's record").atMost(Duration.ofSeconds(60))
                .until(() -> ReplicaFixture.inboxHas("matching.outcome-propagation", eventId));

        JsonNode v = recorded.value();
        List<String> keywords = new ArrayList<>();
        v.path("keywords").forEach(k -> keywords.add(k.asText()));
        given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL)))
                .auth().oauth2(TestTokens.coordinator()).get("/api/v1/outcomes/" + outcome + "/lineage")
                .then().statusCode(200)
                .body("outcome.id", equalTo(outcome.toString()))
                .body("outcome.title", equalTo(v.path("title").asText()))
                .body("outcome.summary", equalTo(v.path("summary").asText()))
                .body("outcome.kind", equalTo(v.path("kind").asText()))
                .body("outcome.keywords", equalTo(keywords))
                .body("outcome.industrySection", equalTo(v.path("industry").path("section").asText()))
                .body("outcome.industryDivision", equalTo(v.path("industry").path("division").asText()))
                .body("outcome.regionCode", equalTo(v.path("regionCode").asText()))
                .body("outcome.economicValueRmb", comparesEqualTo(new BigDecimal(v.path("economicValueRmb").asText())))
                .body("outcome.originStudio.name", equalTo("转向架检测创新工作室"))
                .body("recipients.items.studio.id", equalTo(List.of(sibling.toString())));
    }
}
