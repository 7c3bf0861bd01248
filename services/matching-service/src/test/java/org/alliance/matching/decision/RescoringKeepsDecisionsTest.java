package org.alliance.matching.decision;

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
import org.alliance.matching.domain.Matchmaker;
import org.alliance.matching.domain.Need;
import org.alliance.matching.domain.Scoring;
import org.alliance.matching.fixture.ReplicaFixture;
import org.alliance.matching.support.RegistryFeed;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.alliance.testing.TopicReader.Event;
import org.alliance.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A need is re-scored whenever a studio, an enterprise or a supply link changes, while coordinators
 * decide its matches. Here the engine reads the need's matches, a coordinator then declines one, and
 * only afterwards does the engine write what it decided from its reading: the decision must stand.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching_test"))
class RescoringKeepsDecisionsTest {

    private static final String TOPIC = "alliance.matching.match";

    @Inject
    Matchmaker matchmaker;

    // the studios are registered once: a second studio with the same capability would be proposed too
    static final UUID POSTING = UUID.randomUUID();
    static final UUID CUTTERS = UUID.randomUUID();
    static boolean registered;

    UUID need;
    String match;

    /** A tunnelling contractor in Zhengzhou asks about cutter wear; a Shanghai studio that remanufactures cutters is proposed. */
    @BeforeEach
    void aShieldCutterNeedProposedToAShanghaiStudio() {
        if (!registered) {
            register();
            registered = true;
        }
        // a section code: the need has no division, so the engine writes a match without one
        need = UUID.fromString(given().auth().oauth2(TestTokens.union("410000")).contentType("application/json")
                .body(Map.of("title", "盾构刀盘刀具磨损", "description", "地铁盾构掘进中刀盘刀具磨损快、换刀频繁，寻求刀具磨损检测与再制造修复方案",
                        "industryCode", "E", "studioId", POSTING.toString(), "regionScope", "OTHER_REGIONS", "urgency", "NORMAL"))
                .post("/api/v1/needs").then().statusCode(201).body("matches", equalTo(1)).extract().<String>path("id"));
        match = given().auth().oauth2(TestTokens.coordinator()).queryParam("need", need.toString()).get("/api/v1/matches")
                .then().statusCode(200).body("items.studio.id", equalTo(List.of(CUTTERS.toString())))
                .body("items[0].status", equalTo("PROPOSED")).extract().path("items[0].id");
    }

    private static void register() {
        UUID contractor = UUID.randomUUID();
        UUID tunnelling = UUID.randomUUID();
        try (RegistryFeed feed = new RegistryFeed()) {
            feed.send(RegistryFeed.ENTERPRISE_TOPIC, "enterprise.registered.v1", contractor.toString(),
                    RegistryFeed.enterprise(contractor, "中铁隧道装备郑州有限公司", "410100", "E", "48", 1));
            feed.send(RegistryFeed.ENTERPRISE_TOPIC, "enterprise.registered.v1", tunnelling.toString(),
                    RegistryFeed.enterprise(tunnelling, "上海隧道工程股份有限公司", "310000", "E", "48", 1));
            feed.send(RegistryFeed.STUDIO_TOPIC, "studio.registered.v1", POSTING.toString(), RegistryFeed.studio(
                    "studio.registered.v1", POSTING, "郑州盾构施工创新工作室", contractor, "中铁隧道装备郑州有限公司", "410100", "E", "48",
                    "MUNICIPAL", "城市地铁盾构掘进施工组织", List.of("掘进"), 1));
            feed.send(RegistryFeed.STUDIO_TOPIC, "studio.accredited.v1", CUTTERS.toString(), RegistryFeed.studio(
                    "studio.accredited.v1", CUTTERS, "盾构刀具再制造创新工作室", tunnelling, "上海隧道工程股份有限公司", "310000", "E", "48",
                    "PROVINCIAL_DEMONSTRATION", "盾构机刀盘刀具磨损检测与再制造修复", List.of("盾构", "刀盘", "刀具", "再制造"), 2));
        }
        for (UUID studio : List.of(POSTING, CUTTERS)) {
            await("studio " + studio + " in the replica").atMost(Duration.ofSeconds(60)).until(
                    () -> given().auth().oauth2(TestTokens.coordinator()).get("/api/v1/studios/" + studio + "/feed").statusCode(),
                    status -> status == 200);
        }
    }

    @Test
    void aDeclineTakenWhileTheNeedIsBeingScoredStands() throws Throwable {
        Scoring read = assess();
        assertThat(read.changes()).singleElement().isInstanceOfSatisfying(Scoring.Refresh.class,
                refresh -> assertThat(refresh.matchId()).hasToString(match));

        decline("本季度刀具再制造产能已满");
        JsonPath decided = view();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> matchmaker.apply(read)));

        JsonPath after = view();
        assertThat(after.getString("status")).isEqualTo("DECLINED");
        assertThat(after.getString("updatedAt")).as("the engine left the decided match alone").isEqualTo(decided.getString("updatedAt"));
        assertThat(after.getList("decisions.reason")).containsExactly("本季度刀具再制造产能已满");
        assertThat(types()).containsExactly("match.proposed.v1", "match.declined.v1");
    }

    @Test
    void aStaleScoringDoesNotProposeAgainAMatchDeclinedSinceItWasProposedAnew() throws Throwable {
        ReplicaFixture.withdraw(UUID.fromString(match));
        Scoring stale = assess();
        assertThat(stale.changes()).singleElement().isInstanceOf(Scoring.Repropose.class);
        // another scoring of the need gets there first and proposes the studio anew; then it is declined
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Need.<Need>findById(need)
                .chain(n -> matchmaker.score(n))));
        assertThat(view().getString("status")).isEqualTo("PROPOSED");
        decline("已与其他工作室对接");

        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> matchmaker.apply(stale)));

        assertThat(view().getString("status")).isEqualTo("DECLINED");
        assertThat(types()).containsExactly("match.proposed.v1", "match.proposed.v1", "match.declined.v1");
    }

    private Scoring assess() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Need.<Need>findById(need)
                .chain(n -> matchmaker.assess(n))));
    }

    private void decline(String reason) {
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("decision", "DECLINE", "reason", reason, "side", "STUDIO"))
                .post("/api/v1/matches/" + match + "/decision").then().statusCode(200).body("status", equalTo("DECLINED"));
    }

    private JsonPath view() {
        return given().auth().oauth2(TestTokens.coordinator()).get("/api/v1/matches/" + match).then().statusCode(200)
                .extract().jsonPath();
    }

    /** Every event about the match, after giving the relay time to publish any the engine might have recorded. */
    private List<String> types() {
        return TopicReader.eventsUntil(TOPIC, match, Duration.ofSeconds(8), l -> false).stream().map(Event::type).toList();
    }
}
