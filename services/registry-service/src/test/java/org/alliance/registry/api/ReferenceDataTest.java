package org.alliance.registry.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class ReferenceDataTest {

    @Test
    void allThirtyFourProvinceLevelDivisions() {
        given().auth().oauth2(TestTokens.reviewer()).queryParam("level", "PROVINCE")
                .when().get("/api/v1/regions").then().statusCode(200)
                .body("$", hasSize(34))
                .body("find { it.code == '710000' }.name", equalTo("台湾省"))
                .body("find { it.code == '810000' }.name", equalTo("香港特别行政区"))
                .body("find { it.code == '820000' }.name", equalTo("澳门特别行政区"))
                .body("find { it.code == '650000' }.name", equalTo("新疆维吾尔自治区"))
                .body("standardVersion", everyItem(equalTo("GB/T 2260-2007 (2023 codes)")));
    }

    @Test
    void prefecturesOfTheSeedRegions() {
        int[][] expected = {{150000, 12}, {320000, 13}, {330000, 11}, {340000, 16}, {420000, 13}, {450000, 14}};
        for (int[] e : expected) {
            given().auth().oauth2(TestTokens.union("340600")).queryParam("parent", String.valueOf(e[0]))
                    .when().get("/api/v1/regions").then().statusCode(200)
                    .body("$", hasSize(e[1]))
                    .body("level", everyItem(equalTo("PREFECTURE")));
        }
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/regions").then().statusCode(200)
                .body("$", hasSize(34 + 12 + 13 + 11 + 16 + 13 + 14));
    }

    @Test
    void oneRegionByCodeWithExactChinese() {
        given().auth().oauth2(TestTokens.operator()).when().get("/api/v1/regions/152500").then().statusCode(200)
                .body("name", equalTo("锡林郭勒盟"))
                .body("parentCode", equalTo("150000"));
        given().auth().oauth2(TestTokens.operator()).when().get("/api/v1/regions/422800").then().statusCode(200)
                .body("name", equalTo("恩施土家族苗族自治州"));
        given().auth().oauth2(TestTokens.operator()).when().get("/api/v1/regions/340600").then().statusCode(200)
                .body("name", equalTo("淮北市"));
    }

    @Test
    void unknownRegionIsNotFoundProblem() {
        given().auth().oauth2(TestTokens.union("110000")).when().get("/api/v1/regions/341400").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("region 341400 does not exist"));
    }

    @Test
    void badRegionFilterNamesTheParameter() {
        given().auth().oauth2(TestTokens.operator()).queryParam("level", "COUNTY")
                .when().get("/api/v1/regions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("level"));
        given().auth().oauth2(TestTokens.operator()).queryParam("parent", "15")
                .when().get("/api/v1/regions").then().statusCode(400)
                .body("errors[0].field", equalTo("parent"));
    }

    @Test
    void twentySectionsAndNinetySevenDivisions() {
        JsonPath body = given().auth().oauth2(TestTokens.reviewer()).when().get("/api/v1/industries")
                .then().statusCode(200).extract().jsonPath();
        List<String> sections = body.getList("code");
        assertThat(sections, contains("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O",
                "P", "Q", "R", "S", "T"));
        List<List<String>> divisions = body.getList("divisions.code");
        assertThat(divisions.stream().mapToInt(List::size).sum(), equalTo(97));
        int[] perSection = {5, 7, 31, 3, 4, 2, 8, 2, 3, 4, 1, 2, 3, 4, 3, 1, 2, 5, 6, 1};
        for (int i = 0; i < perSection.length; i++) {
            assertThat(sections.get(i), divisions.get(i).size(), equalTo(perSection[i]));
        }
        assertThat(body.getString("find { it.code == 'D' }.name"), equalTo("电力、热力、燃气及水生产和供应业"));
    }

    @Test
    void divisionAndSectionByCode() {
        given().auth().oauth2(TestTokens.union("150000")).when().get("/api/v1/industries/37").then().statusCode(200)
                .body("name", equalTo("铁路、船舶、航空航天和其他运输设备制造业"))
                .body("sectionCode", equalTo("C"))
                .body("standardVersion", equalTo("GB/T 4754-2017"))
                .body("focusIndustries", contains("SMART_EQUIPMENT"));
        given().auth().oauth2(TestTokens.union("150000")).when().get("/api/v1/industries/05").then().statusCode(200)
                .body("name", equalTo("农、林、牧、渔专业及辅助性活动"));
        given().auth().oauth2(TestTokens.union("150000")).when().get("/api/v1/industries/I").then().statusCode(200)
                .body("name", equalTo("信息传输、软件和信息技术服务业"))
                .body("divisions.name", contains("电信、广播电视和卫星传输服务", "互联网和相关服务", "软件和信息技术服务业"));
    }

    @Test
    void unknownIndustryIsNotFoundProblem() {
        for (String code : List.of("98", "U", "00", "C36")) {
            given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/industries/" + code).then()
                    .statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("industry " + code + " does not exist"));
        }
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/industries/focus/QUANTUM").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void tenFocusIndustriesOverlayDivisions() {
        given().auth().oauth2(TestTokens.operator()).when().get("/api/v1/industries/focus").then().statusCode(200)
                .body("code", contains("AI", "MEDICINE_HEALTH", "NEW_ENERGY_SMART_VEHICLES", "NEW_MATERIALS",
                        "TECHNOLOGY_SERVICES", "NEXT_GENERATION_IT", "INTEGRATED_CIRCUITS", "SMART_EQUIPMENT",
                        "ENERGY_SAVING_ENVIRONMENT", "SOFTWARE_INFORMATION_SERVICES"))
                .body("name", contains("人工智能", "医药健康", "新能源智能汽车", "新材料", "科技服务", "新一代信息技术",
                        "集成电路", "智能装备", "节能环保", "软件和信息服务"))
                .body("find { it.code == 'NEW_ENERGY_SMART_VEHICLES' }.divisions.code", contains("36", "38"));
        given().auth().oauth2(TestTokens.operator()).when().get("/api/v1/industries/focus/INTEGRATED_CIRCUITS")
                .then().statusCode(200)
                .body("divisions.name", hasItem("计算机、通信和其他电子设备制造业"));
    }

    @Test
    void referenceDataNeedsAToken() {
        given().when().get("/api/v1/industries").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/regions/110000").then().statusCode(401);
    }

    private static <T> void assertThat(T actual, org.hamcrest.Matcher<? super T> matcher) {
        org.hamcrest.MatcherAssert.assertThat(actual, matcher);
    }

    private static <T> void assertThat(String reason, T actual, org.hamcrest.Matcher<? super T> matcher) {
        org.hamcrest.MatcherAssert.assertThat(reason, actual, matcher);
    }
}
