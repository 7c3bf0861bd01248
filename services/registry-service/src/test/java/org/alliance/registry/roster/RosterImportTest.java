package org.alliance.registry.roster;

import static io.restassured.RestAssured.given;
import static org.alliance.registry.domain.roster.RosterColumn.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.alliance.registry.Db;
import org.alliance.registry.domain.roster.RosterColumn;
import org.alliance.registry.synthetic.StudioGenerator;
import org.alliance.registry.synthetic.SyntheticStudio;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class RosterImportTest {

    static final String INNER_MONGOLIA = "150000";
    static final Duration WAIT = Duration.ofMinutes(2);

    static Map<RosterColumn, String> row(Object... pairs) {
        Map<RosterColumn, String> row = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((RosterColumn) pairs[i], (String) pairs[i + 1]);
        }
        return row;
    }

    static Map<RosterColumn, String> first(String code) {
        return row(STUDIO_NAME, "卢仁峰创新工作室", ENTERPRISE_NAME, "内蒙古第一机械集团有限公司", CREDIT_CODE, code,
                OWNERSHIP, "国有企业", INDUSTRY, "37", REGION, "150200", TIER, "全国示范性", LEADER, "卢仁峰",
                HONOURS, "全国劳模、工匠", TEAM_SIZE, "30", FOCUS, "智能装备",
                SUMMARY, "装甲钢焊接工艺攻关，薄板焊接变形控制，为集团节约资金1200余万元", KEYWORDS, "焊接、装甲钢",
                SEVEN_HAVES, "全部", CONTACT_PERSON, "王丽", CONTACT_PHONE, "0472-3112345", CONTACT_EMAIL, "lurenfeng@example.cn");
    }

    @Test
    void mixedCsvImportsValidRowsReportsInvalidOnesExactlyAndIsIdempotent() {
        String yiji = Rosters.creditCode("150200", "11400001");
        String shenhua = Rosters.creditCode("150700", "11400002");
        String other = Rosters.creditCode("150200", "11400003");
        char rightCheck = other.charAt(17);
        String wrongCheck = other.substring(0, 17) + (rightCheck == '0' ? '1' : '0');

        Map<RosterColumn, String> badCode = first(wrongCheck);
        badCode.put(STUDIO_NAME, "赵明创新工作室");
        Map<RosterColumn, String> otherRegion = first(other);
        otherRegion.put(STUDIO_NAME, "孙涛创新工作室");
        otherRegion.put(REGION, "340600");
        Map<RosterColumn, String> badTier = first(other);
        badTier.put(STUDIO_NAME, "钱伟创新工作室");
        badTier.put(TIER, "国家级");
        Map<RosterColumn, String> twoErrors = first(other);
        twoErrors.remove(STUDIO_NAME);
        twoErrors.put(TEAM_SIZE, "三十");
        Map<RosterColumn, String> repeated = first(yiji);
        repeated.put(SUMMARY, "同一工作室再填一次");
        String summary = "露天矿卡车\"神华号\"大修工艺，\n年创直接经济效益1亿元以上，完成科技创新项目11项";
        Map<RosterColumn, String> wu = row(STUDIO_NAME, "吴险峰创新工作室", ENTERPRISE_NAME, "神华宝日希勒能源有限公司",
                CREDIT_CODE, shenhua, OWNERSHIP, "国有", INDUSTRY, "B06", REGION, "150700", TIER, "自治区级",
                LEADER, "吴险峰", HONOURS, "全国劳模", TEAM_SIZE, "25人", FOCUS, "节能环保", SUMMARY, summary,
                KEYWORDS, "露天剥离，综采设备维修", SEVEN_HAVES, "劳模领衔、创新团队", CONTACT_PERSON, "张强",
                CONTACT_PHONE, "13800000000");
        Map<RosterColumn, String> sameEnterprise = first(yiji);
        sameEnterprise.put(STUDIO_NAME, "王建国创新工作室");
        sameEnterprise.put(LEADER, "王建国");
        Map<RosterColumn, String> renamed = first(yiji);
        renamed.put(STUDIO_NAME, "李军创新工作室");
        renamed.put(ENTERPRISE_NAME, "内蒙古一机集团");

        List<Map<RosterColumn, String>> rows = new ArrayList<>(List.of(first(yiji), badCode, otherRegion, badTier,
                twoErrors, repeated, wu));
        rows.add(null);
        rows.addAll(List.of(sameEnterprise, renamed));
        byte[] file = Rosters.csv(rows, true);
        String union = TestTokens.union(INNER_MONGOLIA);

        String location = Rosters.uploadCsv(union, "内蒙古2021名单.csv", file).then().statusCode(202)
                .body("fileName", equalTo("内蒙古2021名单.csv"))
                .body("format", equalTo("CSV"))
                .body("progress.total", equalTo(9))
                .extract().header("Location");
        assertThat(location, containsString("/api/v1/imports/"));
        JsonPath done = last(Rosters.awaitCompletion(union, location, WAIT));
        assertThat(done.prettify(), done.getInt("progress.done"), equalTo(9));
        assertThat(done.prettify(), done.getInt("counts.created"), equalTo(3));
        assertThat(done.prettify(), done.getInt("counts.existing"), equalTo(0));
        assertThat(done.prettify(), done.getInt("counts.invalid"), equalTo(6));
        assertThat(done.prettify(), done.getInt("counts.enterprisesCreated"), equalTo(2));
        assertThat(done.prettify(), done.getList("invalidRows.row"), equalTo(List.of(3, 4, 5, 6, 7, 11)));
        assertThat(done.prettify(), done.getList("invalidRows.errors"), equalTo(List.of(
                List.of(error("统一社会信用代码", "校验码错误：第18位应为" + rightCheck)),
                List.of(error("行政区划代码", "340600不在本工会所辖地区（150000）内")),
                List.of(error("级别", "无法识别“国家级”，应为：全国示范性、省级示范性、市级、区局集团级、企业级")),
                List.of(error("工作室名称", "必填，不能为空"), error("团队人数", "“三十”不是1至100000之间的整数")),
                List.of(error("工作室名称", "与第2行重复（同一企业的同名工作室），本行未导入")),
                List.of(error("所属企业",
                        "与已登记的企业信息不一致（已登记为“内蒙古第一机械集团有限公司”）；如需修改企业信息，请通过企业接口办理")))));

        assertThat(studios(yiji), equalTo(List.of("卢仁峰创新工作室", "王建国创新工作室")));
        assertThat(studios(shenhua), equalTo(List.of("吴险峰创新工作室")));
        assertThat(studios(other), equalTo(List.of()));
        Map<String, Object> imported = Db.rows("SELECT s.capabilities_summary, s.capability_keywords::text AS keywords, s.tier,"
                + " s.team_size, s.leader_honours::text AS honours, e.ownership, e.industry_section FROM studio s"
                + " JOIN enterprise e ON e.id = s.enterprise_id WHERE e.unified_social_credit_code = ?", shenhua).get(0);
        assertThat(imported.get("capabilities_summary"), equalTo(summary));
        assertThat(imported.get("keywords"), equalTo("{露天剥离,综采设备维修}"));
        assertThat(imported.get("tier"), equalTo("PROVINCIAL_DEMONSTRATION"));
        assertThat(imported.get("team_size"), equalTo(25));
        assertThat(imported.get("honours"), equalTo("{NATIONAL_MODEL_WORKER}"));
        assertThat(imported.get("ownership"), equalTo("STATE_OWNED"));
        assertThat(imported.get("industry_section"), equalTo("B"));

        // the same file again: a new job, in which every studio is found already registered
        String again = Rosters.uploadCsv(union, "内蒙古2021名单.csv", file).then().statusCode(202)
                .body("fileSha256", equalTo(done.getString("fileSha256")))
                .extract().header("Location");
        assertThat(again.equals(location), equalTo(false));
        JsonPath second = last(Rosters.awaitCompletion(union, again, WAIT));
        assertThat(second.prettify(), second.getInt("counts.created"), equalTo(0));
        assertThat(second.prettify(), second.getInt("counts.existing"), equalTo(3));
        assertThat(second.prettify(), second.getInt("counts.enterprisesCreated"), equalTo(0));
        assertThat(second.prettify(), second.getList("invalidRows.row"), equalTo(List.of(3, 4, 5, 6, 7, 11)));
        assertThat(studios(yiji), equalTo(List.of("卢仁峰创新工作室", "王建国创新工作室")));
        assertThat(studios(shenhua), equalTo(List.of("吴险峰创新工作室")));
    }

    @Test
    void xlsxWithTitleRowNumericCellsAndMarkedHeaders() {
        String code = Rosters.creditCode("340600", "11400011");
        List<String> headers = List.of("工作室名称*", "所属企业*", "统一社会信用代码*", "企业性质", "行业代码（GB/T 4754）",
                "行政区划代码", "级别", "领军人", "团队人数", "能力简介", "联系人", "电子邮箱", "备注");
        List<List<Object>> rows = List.of(
                List.of("张伟劳模创新工作室", "淮北矿业（集团）有限责任公司", code, "国有企业", 6, 340600, "市级", "张伟", 18,
                        "煤矿综采设备智能化改造，瓦斯抽采工艺优化", "王丽", "zhangwei@example.cn", "跟着劳模去创新"),
                List.of("刘敏创新工作室", "淮北矿业（集团）有限责任公司", code, "国有企业", "D06", 340600, "市级", "刘敏", 12,
                        "矿井通风", "王丽", "liumin@example.cn"),
                List.of("陈静创新工作室", "淮北矿业（集团）有限责任公司", code, "国有企业", "06", 340600, "市级", "陈静", 9,
                        "皮带机保护", "王丽", "chenjing.example.cn"));
        byte[] file = Rosters.xlsx("2021年淮北市劳模工匠创新工作室名单", headers, rows);
        String union = TestTokens.union("340600");

        // as browsers do, the file name goes out as UTF-8 (REST Assured's default would be US-ASCII)
        String location = given().config(io.restassured.RestAssured.config()
                        .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8")))
                .auth().oauth2(union).multiPart("file", "淮北名单.xlsx", file, Rosters.XLSX)
                .when().post("/api/v1/imports").then().statusCode(202)
                .body("format", equalTo("XLSX"))
                .body("fileName", equalTo("淮北名单.xlsx"))
                .body("ignoredColumns", equalTo(List.of("备注")))
                .body("progress.total", equalTo(3))
                .extract().header("Location");
        JsonPath done = last(Rosters.awaitCompletion(union, location, WAIT));
        assertThat(done.prettify(), done.getInt("counts.created"), equalTo(1));
        assertThat(done.prettify(), done.getList("invalidRows.row"), equalTo(List.of(4, 5)));
        assertThat(done.prettify(), done.getList("invalidRows.errors"), equalTo(List.of(
                List.of(error("行业代码", "大类06属于门类B，不属于门类D")),
                List.of(error("电子邮箱", "“chenjing.example.cn”不是有效的电子邮箱")))));
        assertThat(studios(code), equalTo(List.of("张伟劳模创新工作室")));

        // a province's union sees its cities' imports, another province's union does not see them at all
        given().auth().oauth2(TestTokens.union("340000")).when().get(location).then().statusCode(200);
        given().auth().oauth2(TestTokens.union("150000")).when().get(location).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void progressIsReportedInBatchesUntilComplete() {
        List<Map<RosterColumn, String>> rows = StudioGenerator.generate(2024, 240).stream()
                .map(SyntheticStudio::rosterRow).toList();
        String operator = TestTokens.operator();
        String location = Rosters.uploadCsv(operator, "synthetic-240.csv", Rosters.csv(rows, false)).then().statusCode(202)
                .body("status", equalTo("QUEUED"))
                .body("progress.done", equalTo(0))
                .body("progress.total", equalTo(240))
                .extract().header("Location");
        List<JsonPath> seen = Rosters.awaitCompletion(operator, location, WAIT);
        int previous = 0;
        for (JsonPath view : seen) {
            int done = view.getInt("progress.done");
            assertThat(done, greaterThanOrEqualTo(previous));
            assertThat(done, lessThanOrEqualTo(240));
            assertThat("progress moves in whole batches", done % 50 == 0 || done == 240, equalTo(true));
            previous = done;
        }
        JsonPath done = last(seen);
        assertThat(done.prettify(), done.getInt("progress.done"), equalTo(240));
        assertThat(done.prettify(), done.getInt("counts.created"), equalTo(240));
        assertThat(done.prettify(), done.getList("invalidRows"), equalTo(List.of()));
    }

    @Test
    void tenThousandAndOneRowsAreRefusedNamingTheFile() {
        List<Map<RosterColumn, String>> rows = StudioGenerator.generate(99, 10_001).stream()
                .map(SyntheticStudio::rosterRow).toList();
        int before = given().auth().oauth2(TestTokens.operator()).when().get("/api/v1/imports")
                .then().statusCode(200).extract().path("total");
        Rosters.uploadCsv(TestTokens.operator(), "全区名单.csv", Rosters.csv(rows, true)).then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("errors[0].field", equalTo("file"))
                .body("detail", startsWith("全区名单.csv has more than 10000 data rows"));
        given().auth().oauth2(TestTokens.operator()).when().get("/api/v1/imports").then().body("total", equalTo(before));
    }

    @Test
    void refusesWholeFilesThatAreNotRosters() {
        String union = TestTokens.union(INNER_MONGOLIA);
        byte[] template = given().auth().oauth2(union).queryParam("format", "csv").when().get("/api/v1/imports/template")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();
        Rosters.uploadCsv(union, "template.csv", template).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("template.csv has a header row but no data rows"));

        String noCode = "工作室名称,所属企业\r\n卢仁峰创新工作室,内蒙古第一机械集团有限公司\r\n";
        Rosters.uploadCsv(union, "缺列.csv", noCode.getBytes(java.nio.charset.StandardCharsets.UTF_8)).then().statusCode(400)
                .body("errors.message", org.hamcrest.Matchers.hasItem("the required column 统一社会信用代码 is missing"));

        byte[] gbk = Rosters.csv(List.of(first(Rosters.creditCode("150200", "11400021"))), false);
        gbk = new String(gbk, java.nio.charset.StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));
        Rosters.uploadCsv(union, "gbk.csv", gbk).then().statusCode(400)
                .body("errors[0].field", equalTo("file"))
                .body("detail", containsString("is not UTF-8 text"));

        Rosters.uploadCsv(TestTokens.coordinator(), "x.csv", template).then().statusCode(403);
        Rosters.uploadCsv(TestTokens.expired("union", INNER_MONGOLIA), "x.csv", template).then().statusCode(401);
    }

    @Test
    void templateWorkbookHasEveryColumnInOrder() throws Exception {
        byte[] xlsx = given().auth().oauth2(TestTokens.reviewer()).when().get("/api/v1/imports/template")
                .then().statusCode(200).contentType(Rosters.XLSX).extract().asByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var header = book.getSheet("名单").getRow(0);
            for (RosterColumn c : RosterColumn.values()) {
                assertThat(header.getCell(c.ordinal()).getStringCellValue(), equalTo(c.header()));
            }
            assertThat(book.getSheet("填写说明").getRow(1).getCell(1).getStringCellValue(), equalTo("必填"));
        }
        given().auth().oauth2(TestTokens.reviewer()).queryParam("format", "ods").when().get("/api/v1/imports/template")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
    }

    private static Map<String, String> error(String column, String reason) {
        return Map.of("column", column, "reason", reason);
    }

    private static JsonPath last(List<JsonPath> seen) {
        return seen.get(seen.size() - 1);
    }

    /** The names of the studios of the enterprise with {@code creditCode}, by name. */
    private static List<String> studios(String creditCode) {
        return Db.rows("SELECT s.name FROM studio s JOIN enterprise e ON e.id = s.enterprise_id"
                + " WHERE e.unified_social_credit_code = ? ORDER BY s.name", creditCode).stream()
                .map(row -> (String) row.get("name")).sorted().toList();
    }
}
