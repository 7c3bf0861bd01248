package org.alliance.matching.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.common.time.ChinaClockProvider;
import org.alliance.matching.fixture.KafkaFixture;
import org.alliance.matching.fixture.ReplicaFixture;
import org.alliance.matching.support.RegistryFeed;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real browser against the real service, a real Keycloak and real Kafka: a
 * coordinator signs in on Keycloak's login page, filters the board, opens a cross-region match
 * (Hubei's boiler need, a Jiangsu studio upstream), reads the explanation, accepts for both sides,
 * sees the contacts, forms an alliance from the match and sees both studios in its network drawing,
 * then follows an outcome's lineage; a union of another region cannot see the match. No page may log
 * a JavaScript error. Screenshots go to target/console-screenshots; the board's paint timings with
 * 10,000 matches in the database go to target/console-timings.txt.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching_console_test"),
        restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KeycloakResource.class, restrictToAnnotatedClass = true)
class ConsoleBrowserTest {

    static final String NEED_TITLE = "锅炉防磨防爆";
    static final String NEED_STUDIO = "青山热电锅炉检修工作室";
    static final String CAPABLE_STUDIO = "苏锅防磨防爆创新工作室";

    @BeforeAll
    static void browserInstalled() throws Exception {
        Browser.ensureInstalled();
    }

    @Test
    void coordinatorDecidesAMatchAndFormsAnAllianceWhileAnotherRegionSeesNothing() throws Exception {
        long started = System.nanoTime();
        Seed seed = seed();
        String console = KeycloakResource.consoleUrl();

        try (Browser coordinator = new Browser("zh-CN")) {
            // sign in on Keycloak's own page: the console sends the browser there (code flow with PKCE)
            coordinator.open(console);
            signIn(coordinator, "coordinator");
            coordinator.visible(By.id("board"));
            coordinator.screenshot("01-board");

            // filter: Hubei and its cities, proposed matches, industry D
            new Select(coordinator.visible(By.id("f-region"))).selectByValue("420000");
            coordinator.visible(By.id("f-industry")).sendKeys("D");
            coordinator.click(By.cssSelector("form[role=search] button[type=submit]"));
            coordinator.until("the filtered board", d -> d.getCurrentUrl().contains("region=420000"));
            coordinator.click(By.cssSelector(".tabs a[data-status=PROPOSED]"));
            coordinator.until("the proposed tab", d -> d.getCurrentUrl().contains("status=PROPOSED"));
            coordinator.textIn(By.id("board"), CAPABLE_STUDIO);
            coordinator.screenshot("02-board-filtered");
            assertThat(coordinator.unlabelledControls()).as("unlabelled controls on the board").isEmpty();

            // the cross-region match: the need in Hubei, the studio in Jiangsu
            coordinator.click(By.xpath("//table[@id='board']//tr[td[contains(., '" + CAPABLE_STUDIO + "')]]//a"));
            coordinator.textIn(By.tagName("h1"), CAPABLE_STUDIO);
            assertThat(coordinator.visible(By.cssSelector(".need-text")).findElements(By.tagName("mark"))).isNotEmpty();
            assertThat(coordinator.visible(By.cssSelector(".studio-text")).findElements(By.tagName("mark"))).isNotEmpty();
            coordinator.until("the feature bars", d -> !d.findElements(By.cssSelector("#features-chart svg path")).isEmpty());
            coordinator.until("the supply chain drawn", d -> d.findElement(By.id("chain-chart")).getText().contains("电站锅炉")
                    || !d.findElements(By.xpath("//*[@id='chain-chart']//*[local-name()='text' and contains(., '电站锅炉')]")).isEmpty());
            assertThat(coordinator.visible(By.id("contacts")).getText()).doesNotContain("王丽");
            assertThat(coordinator.unlabelledControls()).as("unlabelled controls on the match").isEmpty();
            coordinator.screenshot("03-match-explained");

            decide(coordinator, "NEED", "上游锅炉厂的工作室最了解受热面");
            coordinator.textIn(By.id("decisions"), "上游锅炉厂的工作室最了解受热面");
            decide(coordinator, "STUDIO", "愿意派员赴青山热电现场");
            coordinator.textIn(By.id("match-status"), "已接受");
            coordinator.textIn(By.id("studio-contact"), "王丽");
            coordinator.textIn(By.id("need-contact"), NEED_STUDIO);
            coordinator.screenshot("04-match-accepted-contacts");

            // an alliance from the accepted match; both studios appear in the network drawing
            coordinator.click(By.id("form-alliance"));
            coordinator.visible(By.id("alliance-form"));
            assertThat(coordinator.unlabelledControls()).as("unlabelled controls on the alliance form").isEmpty();
            coordinator.visible(By.id("a-name")).sendKeys("苏鄂电站锅炉上下游创新工作室联盟");
            new Select(coordinator.visible(By.id("a-kind"))).selectByValue("SUPPLY_CHAIN");
            coordinator.visible(By.id("a-coordinator")).sendKeys("陈静");
            coordinator.click(By.cssSelector("#alliance-form button[type=submit]"));
            coordinator.until("the network with both studios", d -> {
                String drawn = String.join("|", d.findElements(By.xpath("//*[@id='network']//*[local-name()='text']")).stream()
                        .map(e -> e.getText()).toList());
                return drawn.contains(CAPABLE_STUDIO) && drawn.contains(NEED_STUDIO);
            });
            coordinator.textIn(By.id("members"), CAPABLE_STUDIO);
            coordinator.until("the supply link drawn between the enterprises", d -> !d.findElements(
                    By.xpath("//*[@id='network']//*[local-name()='text' and contains(., '电站锅炉')]")).isEmpty());
            assertThat(coordinator.unlabelledControls()).as("unlabelled controls on the alliance").isEmpty();
            coordinator.screenshot("05-alliance-network");

            // a rule the API refuses shows beside the field it names, and changes nothing
            coordinator.visible(By.id("m-studio")).sendKeys(UUID.randomUUID().toString());
            coordinator.click(By.cssSelector("#add-member button[type=submit]"));
            coordinator.textIn(By.id("m-studio-error"), "not known to the registry");
            assertThat(coordinator.driver.findElement(By.id("m-studio")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(coordinator.driver.findElements(By.cssSelector("#members tbody tr"))).hasSize(2);
            coordinator.screenshot("05b-member-refused-beside-field");

            // the studio's next outcome travels along the alliance and the chain; the lineage shows it
            UUID outcome = publishOutcomeAndAdopt(seed);
            coordinator.open(console + "#/outcomes/" + outcome);
            coordinator.textIn(By.id("totals"), "1,850,000");
            coordinator.until("the lineage tree", d -> !d.findElements(
                    By.xpath("//*[@id='lineage-tree']//*[local-name()='text' and contains(., '" + NEED_STUDIO + "')]")).isEmpty());
            coordinator.screenshot("06-outcome-lineage");

            // English on request
            coordinator.click(By.id("lang"));
            coordinator.textIn(By.tagName("h1"), "Outcome lineage");
            coordinator.click(By.cssSelector("#nav a[href='#/matches']"));
            coordinator.textIn(By.tagName("h1"), "Match board");
            coordinator.screenshot("07-board-english");
            coordinator.click(By.id("lang"));
            coordinator.textIn(By.tagName("h1"), "匹配看板");

            // the refused member above is the only failed load the pages expected
            assertThat(coordinator.consoleErrors(m -> m.contains("/members") && m.contains("422")))
                    .as("JavaScript console errors").isEmpty();

            // the board's first meaningful paint with 10,000 matches in the database
            bulkMatches(10_000);
            paintTimings(coordinator, console);
        }

        try (Browser beijing = new Browser("zh-CN")) {
            beijing.open(console);
            signIn(beijing, "union-beijing");
            beijing.until("the union's board", d -> !d.findElements(By.cssSelector("#board, main .muted")).isEmpty());
            assertThat(beijing.visible(By.id("who")).getText()).contains("110000");
            assertThat(beijing.driver.findElement(By.id("main")).getText()).doesNotContain(CAPABLE_STUDIO);
            beijing.open(console + "#/matches/" + seed.match);
            beijing.textIn(By.id("main"), "未找到");
            beijing.screenshot("08-other-region-cannot-see");
            assertThat(beijing.consoleErrors(m -> m.contains("/api/v1/matches/" + seed.match) && m.contains("404")))
                    .as("JavaScript console errors").isEmpty();
        }
        System.out.printf("console browser test: %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static void signIn(Browser b, String username) {
        b.visible(By.id("username")).sendKeys(username);
        b.visible(By.id("password")).sendKeys("alliance");
        b.click(By.id("kc-login"));
        b.visible(By.id("who"));
        b.until("signed in as " + username, d -> !d.findElement(By.id("who")).getText().isBlank());
    }

    private static void decide(Browser b, String side, String reason) {
        new Select(b.visible(By.id("d-side"))).selectByValue(side);
        new Select(b.visible(By.id("d-decision"))).selectByValue("ACCEPT");
        b.visible(By.id("d-reason")).sendKeys(reason);
        b.click(By.cssSelector("#decide button[type=submit]"));
        b.textIn(By.cssSelector("main .notice"), "已记录");
    }

    record Seed(UUID posting, UUID antiWear, String match) {
    }

    /** The seed story's replica through registry events, and the need posted by Hubei's union system. */
    private static Seed seed() {
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
                    "studio.registered.v1", posting, NEED_STUDIO, qingshan, "湖北青山热电有限公司", "420100", "D", "44",
                    "MUNICIPAL", "电站锅炉检修与运行维护", List.of("锅炉", "检修"), 1));
            feed.send(RegistryFeed.STUDIO_TOPIC, "studio.accredited.v1", antiWear.toString(), RegistryFeed.studio(
                    "studio.accredited.v1", antiWear, CAPABLE_STUDIO, boilerMaker, "苏州锅炉设备有限公司", "320500", "C", "34",
                    "PROVINCIAL_DEMONSTRATION", "电站锅炉“四管”防磨防爆：耐磨喷涂、磨损在线监测", List.of("锅炉", "防磨防爆", "耐磨喷涂"), 2));
        }
        String coordinator = KeycloakTokens.user("coordinator");
        for (UUID studio : List.of(posting, antiWear)) {
            await("studio " + studio + " in the replica").atMost(Duration.ofSeconds(120)).until(
                    () -> given().auth().oauth2(coordinator).get("/api/v1/studios/" + studio + "/feed").statusCode(),
                    status -> status == 200);
        }
        String need = given().auth().oauth2(KeycloakTokens.partnerUnion("420000")).contentType("application/json")
                .body(Map.of("title", NEED_TITLE, "description", "电站锅炉“四管”磨损严重，寻求防磨防爆与磨损在线监测方案",
                        "industryCode", "44", "studioId", posting.toString(), "regionScope", "OTHER_REGIONS", "urgency", "HIGH"))
                .post("/api/v1/needs").then().statusCode(201).extract().path("id");
        String match = await("a proposal of the Suzhou studio").atMost(Duration.ofSeconds(60)).until(
                () -> given().auth().oauth2(coordinator).queryParam("need", need).get("/api/v1/matches").then()
                        .statusCode(200).extract().jsonPath().<String>getList("items.findAll { it.studio.id == '" + antiWear + "' }.id"),
                ids -> ids.size() == 1).get(0);
        return new Seed(posting, antiWear, match);
    }

    private static UUID publishOutcomeAndAdopt(Seed seed) {
        UUID outcome = UUID.randomUUID();
        Map<String, Object> published = new LinkedHashMap<>();
        published.put("outcomeId", outcome.toString());
        published.put("projectId", UUID.randomUUID().toString());
        published.put("studioId", seed.antiWear.toString());
        published.put("title", "可视化电站锅炉防磨防爆智能安全系统");
        published.put("summary", "受热面磨损在线监测与爆管预警。");
        published.put("kind", "PRODUCT");
        published.put("keywords", List.of("锅炉", "防磨防爆", "可视化", "安全"));
        published.put("industry", Map.of("section", "C", "division", "34"));
        published.put("regionCode", "320500");
        published.put("publishedAt", "2021-10-23T16:00:00+08:00");
        KafkaFixture.ensureTopic("alliance.application.outcome", 3);
        KafkaFixture.publish("alliance.application.outcome", UUID.randomUUID().toString(), "/alliance/application-service",
                "outcome.published.v1", outcome.toString(), published);
        String hubei = KeycloakTokens.partnerUnion("420000");
        await("the outcome in the thermal plant studio's feed").atMost(Duration.ofSeconds(120)).until(
                () -> given().auth().oauth2(hubei).get("/api/v1/studios/" + seed.posting + "/feed").then()
                        .extract().jsonPath().getInt("total"), total -> total == 1);
        given().auth().oauth2(hubei).contentType("application/json")
                .body(Map.of("studioId", seed.posting.toString(), "economicValueRmb", 1850000,
                        "adoptedOn", LocalDate.now(ChinaClockProvider.CHINA).toString(), "note", "第一期订单185万元"))
                .post("/api/v1/outcomes/" + outcome + "/adoptions").then().statusCode(201);
        return outcome;
    }

    /** count matches over count/10 needs and ten studios, written as the engine writes proposals. */
    private static void bulkMatches(int count) {
        TestDatabase db = TestDatabase.ofServiceUnderTest();
        UUID enterprise = ReplicaFixture.enterprise("批量测试企业", "510100", "C", "34");
        for (int i = 0; i < 10; i++) {
            ReplicaFixture.studio("批量工作室" + i, enterprise, "510100", "ACCREDITED", "数控加工与工装夹具", "数控");
        }
        db.update("INSERT INTO need (id, title, description, industry_code, industry_section, industry_division, region_code, urgency,"
                + " enterprise_id, posted_by) SELECT gen_random_uuid(), '批量需求' || g, '数控加工精度提升', '34', 'C', '34', '440300', 'NORMAL',"
                + " ?, 'bulk' FROM generate_series(1, ?) g", enterprise, count / 10);
        db.update("INSERT INTO match (id, need_id, studio_id, score, rank, explanation, status, need_region_code, studio_region_code,"
                + " industry_section, industry_division) SELECT gen_random_uuid(), n.id, s.id, random() * 5, 1,"
                + " cast('{\"matchedTerms\":[\"数控\"],\"features\":[]}' AS jsonb), 'PROPOSED', n.region_code, s.region_code, 'C', '34'"
                + " FROM need n CROSS JOIN studio s WHERE n.posted_by = 'bulk' AND s.enterprise_id = ?", enterprise);
        assertThat(db.count("SELECT count(*) FROM match")).isGreaterThanOrEqualTo(count);
    }

    /** Loads the board afresh (signed in) and reads the browser's own timings. */
    private static void paintTimings(Browser b, String console) throws Exception {
        StringBuilder report = new StringBuilder("matches in the database: "
                + TestDatabase.ofServiceUnderTest().count("SELECT count(*) FROM match") + "\n");
        for (int run = 1; run <= 3; run++) {
            // a new document each time (the session stays in the tab's sessionStorage): a cold page load
            b.open("about:blank");
            b.open(console + "#/matches");
            b.visible(By.id("board"));
            b.until("the board-rendered mark", d -> ((Number) b.js(
                    "return performance.getEntriesByName('board-rendered').length")).intValue() > 0);
            Object fcp = b.js("const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : -1");
            Object board = b.js("return performance.getEntriesByName('board-rendered')[0].startTime");
            Object loaded = b.js("const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd");
            report.append(String.format("run %d: first-contentful-paint %.0f ms, board rows painted (first meaningful paint) %.0f ms,"
                    + " load event %.0f ms%n", run, ((Number) fcp).doubleValue(), ((Number) board).doubleValue(), ((Number) loaded).doubleValue()));
        }
        b.screenshot("09-board-10000-matches");
        System.out.print(report);
        Files.writeString(Browser.SHOTS.resolveSibling("console-timings.txt"), report, StandardCharsets.UTF_8);
    }
}
