package org.alliance.registry;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Lists count their matches exactly up to {@code alliance.lists.count-ahead} rows past the page
 * (25 in tests), text searches up to {@code alliance.lists.text-count-ahead} (15), and beyond that
 * report a lower bound with {@code totalExact} false. Each test registers its own rows under a word
 * no other test uses, so only they match.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class ListTotalTest {

    @ConfigProperty(name = "alliance.lists.count-ahead")
    int countAhead;

    @ConfigProperty(name = "alliance.lists.text-count-ahead")
    int textCountAhead;

    @Test
    void studioTotalsAreExactUnderTheReachAndALowerBoundAboveIt() {
        assertTrue(textCountAhead <= 40, "the test registers textCountAhead + 10 studios; keep the test profile's reach short");
        String word = word();
        int studios = textCountAhead + 10;
        String enterprise = Fixtures.createEnterprise("340600", "淮北" + word + "机械有限公司");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < studios; i++) {
            // every third studio a provincial demonstration studio, for a filter that keeps some of them
            String tier = i % 3 == 0 ? "PROVINCIAL_DEMONSTRATION" : "MUNICIPAL";
            ids.add(Fixtures.post(TestTokens.union("340600"), "/api/v1/studios", Fixtures.studio(enterprise,
                    String.format("%s%02d号创新工作室", word, i), tier, "焊接工艺", List.of("焊接")))
                    .then().statusCode(201).extract().path("id"));
        }
        String op = TestTokens.operator();
        String list = "/api/v1/studios?text=" + word;

        // the whole list within reach: exact
        page(op, list + "&size=" + studios, studios, true, ids.subList(0, studios));
        // a first page of 5: counting stops 15 rows past it, one more row shows that more follow
        int reach = 5 + textCountAhead;
        page(op, list + "&size=5", reach + 1, false, ids.subList(0, 5));
        // the same studios without a text filter are counted 25 rows past the page: all of them
        assertTrue(studios <= 5 + countAhead);
        page(op, "/api/v1/studios?enterpriseId=" + enterprise + "&size=5", studios, true, ids.subList(0, 5));
        // the last page reaches the end of the list: exact again
        page(op, list + "&size=5&page=" + (studios / 5 - 1), studios, true, ids.subList(studios - 5, studios));
        // past the end: no items, the total still exact
        page(op, list + "&size=5&page=" + (studios / 5 + 3), studios, true, List.of());
        // every page of 5 in turn gives every studio once, in name order, whatever the totals said
        List<String> walked = new ArrayList<>();
        for (int p = 0; p * 5 < studios; p++) {
            walked.addAll(Fixtures.get(op, list + "&size=5&page=" + p).then().statusCode(200).extract().jsonPath()
                    .getList("items.id", String.class));
        }
        assertEquals(ids, walked);

        // the other filters still apply to the count: every third studio is provincial
        List<String> provincial = new ArrayList<>();
        for (int i = 0; i < studios; i += 3) {
            provincial.add(ids.get(i));
        }
        page(op, list + "&tier=PROVINCIAL_DEMONSTRATION&size=5", provincial.size(), true, provincial.subList(0, 5));
        page(op, list + "&region=340000&size=1", 1 + textCountAhead + 1, false, ids.subList(0, 1));
        page(op, list + "&region=150000&size=1", 0, true, List.of());
        // and so does a union's scope
        page(TestTokens.union("340000"), list + "&size=5", reach + 1, false, ids.subList(0, 5));
        page(TestTokens.union("110000"), list + "&size=5", 0, true, List.of());
    }

    @Test
    void enterpriseTotalsFollowTheSameRule() {
        String word = word();
        int enterprises = textCountAhead + 10;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < enterprises; i++) {
            ids.add(Fixtures.createEnterprise("150200", String.format("包头%s%02d重工有限公司", word, i)));
        }
        String list = "/api/v1/enterprises?text=" + word;
        String union = TestTokens.union("150000");
        page(union, list + "&size=" + enterprises, enterprises, true, ids);
        page(union, list + "&size=5", 5 + textCountAhead + 1, false, ids.subList(0, 5));
        page(union, list + "&size=10&page=" + (enterprises / 10), enterprises, true, ids.subList(enterprises / 10 * 10, enterprises));
        page(union, list + "&industry=38&size=10", 0, true, List.of());
        page(TestTokens.union("340000"), list + "&size=10", 0, true, List.of());
    }

    @Test
    void pagesOfACommonWordComeInNameOrderWhetherTheListOrderFindsThemOrNot() {
        String word = word();
        String union = TestTokens.union("450000");
        String enterprise = Fixtures.createEnterprise(union, Fixtures.enterprise("南宁" + word + "电力有限公司", "450100", "D", "44"));
        // names that sort before every other studio, so walking the list order meets them first: each
        // match is followed by three studios without the word, so a short walk fills a small page only
        List<String> matches = new ArrayList<>();
        for (int i = 0; i < textCountAhead + 15; i++) {
            String prefix = String.format("000%02d", i);
            matches.add(studio(union, enterprise, prefix + word + "创新工作室", word));
            for (String other : List.of("a", "b", "c")) {
                studio(union, enterprise, prefix + other + "创新工作室", "无关");
            }
        }
        String list = "/api/v1/studios?text=" + word;
        String op = TestTokens.operator();
        for (int size : List.of(3, 5, 20)) {
            List<String> walked = new ArrayList<>();
            for (int p = 0; p * size < matches.size(); p++) {
                walked.addAll(Fixtures.get(op, list + "&size=" + size + "&page=" + p).then().statusCode(200).extract().jsonPath()
                        .getList("items.id", String.class));
            }
            assertEquals(matches, walked, "pages of " + size);
        }
        page(union, list + "&region=450100&size=4&page=2", 12 + textCountAhead + 1, false, matches.subList(8, 12));
        page(union, list + "&region=450200&size=4", 0, true, List.of());
        page(op, list + "&industry=D&status=REGISTERED&size=2&page=1", 4 + textCountAhead + 1, false, matches.subList(2, 4));
    }

    @Test
    void importJobTotalsFollowTheSameRule() {
        // finished jobs of one city's union, as its uploads leave them; no other test imports as this union
        String region = "320500";
        int jobs = countAhead + 10;
        List<String> ids = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < jobs; i++) {
            ids.add(0, insertJob(region, start.plusSeconds(i)).toString());
        }
        String union = TestTokens.union(region);
        page(union, "/api/v1/imports?size=" + jobs, jobs, true, ids);
        page(union, "/api/v1/imports?size=5", 5 + countAhead + 1, false, ids.subList(0, 5));
        page(union, "/api/v1/imports?size=5&page=" + (jobs / 5 - 1), jobs, true, ids.subList(jobs - 5, jobs));
        page(TestTokens.union("320000"), "/api/v1/imports?size=5", 5 + countAhead + 1, false, ids.subList(0, 5));
        page(TestTokens.union("321100"), "/api/v1/imports?size=5", 0, true, List.of());
    }

    private static String studio(String token, String enterprise, String name, String keyword) {
        return Fixtures.post(token, "/api/v1/studios", Fixtures.studio(enterprise, name, "MUNICIPAL", "锅炉检修", List.of(keyword)))
                .then().statusCode(201).extract().path("id");
    }

    private static UUID insertJob(String region, OffsetDateTime createdAt) {
        UUID id = UUID.randomUUID();
        Db.REGISTRY.update("INSERT INTO import_job (id, owner, owner_region, file_name, file_format, file_sha256, file_bytes,"
                + " ignored_columns, status, rows_total, rows_done, created_at, started_at, finished_at)"
                + " VALUES (?, 'union', ?, 'roster.csv', 'CSV', ?, 100, '{}', 'COMPLETED', 1, 1, ?, ?, ?)",
                id, region, "0".repeat(32) + id.toString().replace("-", ""), createdAt, createdAt, createdAt);
        return id;
    }

    /** Asserts one page: its total, whether that total is exact, and its items in order. */
    private static void page(String token, String path, int total, boolean exact, List<String> items) {
        JsonPath page = Fixtures.get(token, path).then().statusCode(200)
                .body("total", equalTo(total))
                .body("totalExact", equalTo(exact))
                .extract().jsonPath();
        assertEquals(items, page.getList("items.id"), path);
    }

    /** A word of lower-case letters after a Chinese prefix: one search token that no other test's rows contain. */
    private static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("计数");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
