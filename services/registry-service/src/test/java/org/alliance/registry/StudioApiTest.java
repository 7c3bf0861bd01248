package org.alliance.registry;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class StudioApiTest {

    @Test
    void registersAStudioWithEveryFieldAndReadsItBackInChinese() {
        String enterprise = Fixtures.createEnterprise("340600", "淮北矿业（集团）有限责任公司");
        Map<String, Object> body = Fixtures.studio(enterprise, "张伟创新工作室", "MUNICIPAL",
                "煤矿综采设备智能化改造，瓦斯抽采工艺优化", List.of("综采", "瓦斯抽采", "智能化"));
        String id = Fixtures.post(TestTokens.union("340600"), "/api/v1/studios", body).then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("name", equalTo("张伟创新工作室"))
                .body("enterpriseName", equalTo("淮北矿业（集团）有限责任公司"))
                .body("regionCode", equalTo("340600"))
                .body("industrySection", equalTo("C"))
                .body("industryDivision", equalTo("37"))
                .body("tier", equalTo("MUNICIPAL"))
                .body("status", equalTo("REGISTERED"))
                .body("accreditation", nullValue())
                .body("leader.name", equalTo("卢仁峰"))
                .body("leader.honours", hasItems("NATIONAL_MODEL_WORKER", "CRAFTSMAN"))
                .body("teamSize", equalTo(30))
                .body("focusIndustries", contains("SMART_EQUIPMENT"))
                .body("capabilities.keywords", equalTo(List.of("综采", "瓦斯抽采", "智能化")))
                .body("sevenHaves.funding", equalTo(false))
                .body("sevenHaves.results", equalTo(true))
                .body("contact.person", equalTo("王丽"))
                .body("version", equalTo(1))
                .extract().path("id");
        assertEquals(List.of("studio.registered.v1"), Db.eventTypes(id));
        assertEquals("煤矿综采设备智能化改造，瓦斯抽采工艺优化",
                Db.rows("SELECT capabilities_summary FROM studio WHERE id = ?::uuid", id).get(0).get("capabilities_summary"));
        Fixtures.get(TestTokens.union("340000"), "/api/v1/studios/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("capabilities.summary", equalTo("煤矿综采设备智能化改造，瓦斯抽采工艺优化"));
        // across regions only the card travels: no contact details for coordinators and reviewers
        Fixtures.get(TestTokens.coordinator(), "/api/v1/studios/" + id).then().statusCode(200)
                .body("$", not(hasKey("contact"))).body("name", equalTo("张伟创新工作室"));
        Fixtures.get(TestTokens.reviewer(), "/api/v1/studios/" + id).then().statusCode(200).body("$", not(hasKey("contact")));
        Fixtures.get(TestTokens.operator(), "/api/v1/studios/" + id).then().statusCode(200).body("contact.person", equalTo("王丽"));
    }

    @Test
    void searchesChineseTextByAnyWordOfNameCapabilitiesAndKeywords() {
        String enterprise = Fixtures.createEnterprise("420000", "中建三局第二建设工程有限责任公司");
        String bim = Fixtures.post(TestTokens.union("420000"), "/api/v1/studios", Fixtures.studio(enterprise,
                "安装公司BIM运维创新工作室", "ENTERPRISE", "建筑机电安装BIM运维平台研发", List.of("BIM", "运维平台"))).then()
                .statusCode(201).extract().path("id");
        String boiler = Fixtures.post(TestTokens.union("420000"), "/api/v1/studios", Fixtures.studio(enterprise,
                "锅炉防磨防爆创新工作室", "ENTERPRISE", "锅炉防磨防爆安全系统", List.of("锅炉", "防磨"))).then()
                .statusCode(201).extract().path("id");
        String token = TestTokens.union("420000");
        Fixtures.get(token, "/api/v1/studios?text=锅炉").then().statusCode(200).body("items.id", contains(boiler));
        Fixtures.get(token, "/api/v1/studios?text=bim").then().statusCode(200).body("items.id", contains(bim));
        Fixtures.get(token, "/api/v1/studios?text=运维平台研发").then().statusCode(200).body("items.id", contains(bim));
        Fixtures.get(token, "/api/v1/studios?text=炉").then().statusCode(200).body("items.id", contains(boiler));
        Fixtures.get(token, "/api/v1/studios?text=锅炉 运维").then().statusCode(200).body("total", equalTo(0));
        Fixtures.get(token, "/api/v1/studios?text=创新工作室&region=420000&size=1").then().statusCode(200)
                .body("total", equalTo(2)).body("items.size()", equalTo(1)).body("items[0].id", equalTo(bim));
        Fixtures.get(token, "/api/v1/studios?text=创新工作室&region=420000&size=1&page=1").then().statusCode(200)
                .body("items[0].id", equalTo(boiler)).body("page", equalTo(1));
    }

    @Test
    void searchesTextWithinTheRegionAskedForAndTheUnionsOwn() {
        String huaibei = Fixtures.createEnterprise(TestTokens.union("340000"), Fixtures.enterprise("淮北矿业集团", "340600", "B", "06"));
        String hefei = Fixtures.createEnterprise(TestTokens.union("340000"), Fixtures.enterprise("合肥矿山装备公司", "340000", "C", "35"));
        String wuhan = Fixtures.createEnterprise(TestTokens.union("420000"), Fixtures.enterprise("武汉矿机公司", "420100", "C", "35"));
        String city = Fixtures.post(TestTokens.union("340000"), "/api/v1/studios", Fixtures.studio(huaibei, "矸石充填创新工作室",
                "ENTERPRISE", "矸石充填开采", List.of("矸石充填"))).then().statusCode(201).extract().path("id");
        String province = Fixtures.post(TestTokens.union("340000"), "/api/v1/studios", Fixtures.studio(hefei, "充填装备创新工作室",
                "ENTERPRISE", "矸石充填装备研制", List.of("矸石充填"))).then().statusCode(201).extract().path("id");
        String elsewhere = Fixtures.post(TestTokens.union("420000"), "/api/v1/studios", Fixtures.studio(wuhan, "矸石充填泵送技术攻关室",
                "ENTERPRISE", "矸石充填泵送", List.of("矸石充填"))).then().statusCode(201).extract().path("id");
        String op = TestTokens.operator();
        String word = "/api/v1/studios?size=200&text=矸石充填";
        Fixtures.get(op, word).then().body("items.id", hasItems(city, province, elsewhere));
        Fixtures.get(op, word + "&region=340000").then().body("items.id", containsInAnyOrder(city, province));
        Fixtures.get(op, word + "&region=340600").then().body("items.id", contains(city));
        Fixtures.get(op, word + "&region=420100").then().body("items.id", contains(elsewhere));
        Fixtures.get(TestTokens.union("340000"), word).then().body("items.id", containsInAnyOrder(city, province));
        Fixtures.get(TestTokens.union("340000"), word + "&region=340600").then().body("items.id", contains(city));
        Fixtures.get(TestTokens.union("420000"), word + "&region=420000").then().body("items.id", contains(elsewhere));
    }

    @Test
    void filtersByRegionTierIndustryAndStatus() {
        String huaibei = Fixtures.createEnterprise(TestTokens.union("340000"), Fixtures.enterprise("淮北选煤厂", "340600", "B", "06"));
        String hefei = Fixtures.createEnterprise(TestTokens.union("340000"), Fixtures.enterprise("合肥某电子公司", "340000", "C", "39"));
        String a = Fixtures.post(TestTokens.union("340000"), "/api/v1/studios",
                Fixtures.studio(huaibei, "选煤工艺创新工作室", "DISTRICT_BUREAU_GROUP", "重介选煤工艺", List.of("选煤"))).then()
                .statusCode(201).extract().path("id");
        String b = Fixtures.post(TestTokens.union("340000"), "/api/v1/studios",
                Fixtures.studio(hefei, "芯片封装创新工作室", "PROVINCIAL_DEMONSTRATION", "芯片封装测试", List.of("封装"))).then()
                .statusCode(201).extract().path("id");
        String op = TestTokens.operator();
        Fixtures.get(op, "/api/v1/studios?region=340000&size=200").then().body("items.id", hasItems(a, b));
        Fixtures.get(op, "/api/v1/studios?region=340600&size=200").then().body("items.id", hasItem(a)).body("items.id", not(hasItem(b)));
        Fixtures.get(op, "/api/v1/studios?region=340000&tier=PROVINCIAL_DEMONSTRATION&size=200").then()
                .body("items.id", hasItem(b)).body("items.id", not(hasItem(a)));
        Fixtures.get(op, "/api/v1/studios?region=340000&industry=B&size=200").then().body("items.id", contains(a));
        Fixtures.get(op, "/api/v1/studios?region=340000&industry=39&size=200").then().body("items.id", contains(b));
        Fixtures.get(op, "/api/v1/studios?region=340000&status=ACCREDITED&size=200").then().body("items.id", not(hasItems(a)));
        Fixtures.get(op, "/api/v1/studios?enterpriseId=" + hefei).then().body("items.id", contains(b));
        // a city union does not see its province's other studios
        Fixtures.get(TestTokens.union("340600"), "/api/v1/studios?size=200").then().body("items.id", hasItem(a))
                .body("items.id", not(hasItem(b)));
        Fixtures.get(TestTokens.union("340600"), "/api/v1/studios/" + b).then().statusCode(404)
                .contentType("application/problem+json");
        Fixtures.get(op, "/api/v1/studios?tier=GOLD").then().statusCode(400).body("errors[0].field", equalTo("tier"));
        Fixtures.get(op, "/api/v1/studios?industry=Z").then().statusCode(400).body("errors[0].field", equalTo("industry"));
        Fixtures.get(op, "/api/v1/studios?region=34").then().statusCode(400).body("errors[0].field", equalTo("region"));
    }

    @Test
    void filtersARegionByIndustryAndStatusTogether() {
        String union = TestTokens.union("420000");
        String power = Fixtures.createEnterprise(union, Fixtures.enterprise("武汉某热电有限公司", "420100", "D", "44"));
        String water = Fixtures.createEnterprise(union, Fixtures.enterprise("宜昌某水务有限公司", "420500", "D", "46"));
        String works = Fixtures.createEnterprise(union, Fixtures.enterprise("武汉某重工有限公司", "420100", "C", "34"));
        String elsewhere = Fixtures.createEnterprise(TestTokens.union("340000"), Fixtures.enterprise("淮北某发电有限公司", "340600", "D", "44"));
        String boiler = accredited(union, power, "热电检修劳模工作室", "420000");
        String pipes = accredited(union, water, "管网检漏劳模工作室", "420000");
        String relay = Fixtures.post(union, "/api/v1/studios", Fixtures.studio(power, "继电保护劳模工作室", "ENTERPRISE",
                "继电保护定值校核", List.of("继电保护"))).then().statusCode(201).extract().path("id");
        String welding = accredited(union, works, "重型焊接劳模工作室", "420000");
        String huaibei = accredited(TestTokens.union("340000"), elsewhere, "汽轮机检修劳模工作室", "340000");
        String op = TestTokens.operator();

        List<String> section = Fixtures.get(op, "/api/v1/studios?region=420000&industry=D&status=ACCREDITED&size=200").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(section, hasItems(boiler, pipes));
        assertThat(section, not(hasItems(relay)));
        assertThat(section, not(hasItems(welding)));
        assertThat(section, not(hasItems(huaibei)));
        List<String> division = Fixtures.get(op, "/api/v1/studios?region=420100&industry=44&status=ACCREDITED&size=200").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(division, hasItem(boiler));
        assertThat(division, not(hasItems(pipes)));
        assertThat(division, not(hasItems(relay)));
        List<String> registered = Fixtures.get(op, "/api/v1/studios?region=420000&industry=D&status=REGISTERED&size=200").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(registered, hasItem(relay));
        assertThat(registered, not(hasItems(boiler)));
        assertThat(registered, not(hasItems(pipes)));
        // with a tier too, and a union's own scope in place of the region
        List<String> tier = Fixtures.get(union, "/api/v1/studios?industry=D&status=ACCREDITED&tier=MUNICIPAL&size=200").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(tier, hasItems(boiler, pipes));
        assertThat(tier, not(hasItems(huaibei)));
    }

    /** A municipal studio of {@code enterprise}, accredited by {@code by}. */
    private static String accredited(String token, String enterprise, String name, String by) {
        String id = Fixtures.post(token, "/api/v1/studios", Fixtures.studio(enterprise, name, "MUNICIPAL", name + "工艺攻关",
                List.of("工艺"))).then().statusCode(201).extract().path("id");
        AccreditationApiTest.accredit(token, id, null, "MUNICIPAL", by, "2024-03-01").then().statusCode(201);
        return id;
    }

    @Test
    void updatesReplaceDetailsUnderOptimisticConcurrency() {
        String enterprise = Fixtures.createEnterprise("110000", "北京城建集团有限责任公司");
        String id = Fixtures.createStudio("110000", enterprise, "城建盾构创新工作室");
        String path = "/api/v1/studios/" + id;
        String union = TestTokens.union("110000");
        Map<String, Object> changes = Fixtures.studio(null, "城建盾构施工创新工作室", "MUNICIPAL", "盾构施工姿态控制与管片拼装",
                List.of("盾构", "管片"));
        String before = Db.fingerprint();
        Fixtures.put(union, path, null, changes).then().statusCode(428);
        Fixtures.put(union, path, "\"2\"", changes).then().statusCode(412).body("status", equalTo(412));
        Map<String, Object> withEnterprise = Fixtures.studio(enterprise, "x", "MUNICIPAL", "x", List.of());
        Fixtures.put(union, path, "\"1\"", withEnterprise).then().statusCode(400).body("errors[0].field", equalTo("enterpriseId"));
        Map<String, Object> bad = Fixtures.studio(null, "", "MUNICIPAL", "x", List.of("a", "a"));
        bad.put("teamSize", 0);
        Fixtures.put(union, path, "\"1\"", bad).then().statusCode(400)
                .body("errors.field", hasItems("name", "teamSize"));
        assertEquals(before, Db.fingerprint());

        Fixtures.put(union, path, "W/\"1\"", changes).then().statusCode(200).header("ETag", "\"2\"")
                .body("name", equalTo("城建盾构施工创新工作室")).body("capabilities.keywords", contains("盾构", "管片"));
        assertEquals(List.of("studio.registered.v1", "studio.updated.v1"), Db.eventTypes(id));
    }

    @Test
    void twoConcurrentUpdatesOfTheSameVersionLetExactlyOneWin() throws Exception {
        String enterprise = Fixtures.createEnterprise("110000", "北京电力公司");
        String id = Fixtures.createStudio("110000", enterprise, "电力抢修创新工作室");
        String union = TestTokens.union("110000");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String name : List.of("电力抢修创新工作室（甲）", "电力抢修创新工作室（乙）")) {
                answers.add(pool.submit(() -> Fixtures.put(union, "/api/v1/studios/" + id, "\"1\"",
                        Fixtures.studio(null, name, "MUNICIPAL", "带电作业", List.of("带电作业"))).statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 412), statuses);
        } finally {
            pool.shutdown();
        }
        assertEquals(List.of("studio.registered.v1", "studio.updated.v1"), Db.eventTypes(id));
        assertEquals(2L, Db.count("SELECT version FROM studio WHERE id = ?::uuid", id));
    }

    @Test
    void aUnionCannotRegisterAStudioOfAnotherRegionsEnterprise() {
        String enterprise = Fixtures.createEnterprise("320000", "徐工集团工程机械股份有限公司");
        String before = Db.fingerprint();
        Fixtures.post(TestTokens.union("330000"), "/api/v1/studios",
                Fixtures.studio(enterprise, "某工作室", "ENTERPRISE", "焊接", List.of())).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("enterpriseId"));
        Fixtures.post(TestTokens.coordinator(), "/api/v1/studios",
                Fixtures.studio(enterprise, "某工作室", "ENTERPRISE", "焊接", List.of())).then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(before, Db.fingerprint());
    }
}
