package org.alliance.registry;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.registry.domain.UnifiedSocialCreditCode;
import org.alliance.testing.TestTokens;

/** Builds valid registry data through the API, as a union would. */
public final class Fixtures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Fixtures() {
    }

    /**
     * A fresh, valid unified social credit code: registered by market regulation (9), a company
     * (1), in {@code region}, with a random organisation code and both check characters computed.
     */
    public static String uscc(String region) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            body.append(UnifiedSocialCreditCode.CHARSET.charAt(RANDOM.nextInt(10 + (i == 0 ? 0 : 21))));
        }
        String first17 = "91" + region + body + UnifiedSocialCreditCode.organisationCheckCharacter(body.toString());
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    public static Map<String, Object> enterprise(String name, String region, String section, String division) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("unifiedSocialCreditCode", uscc(region));
        body.put("ownership", "STATE_OWNED");
        body.put("industrySection", section);
        body.put("industryDivision", division);
        body.put("regionCode", region);
        return body;
    }

    public static Map<String, Object> studio(String enterpriseId, String name, String tier, String summary, List<String> keywords) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (enterpriseId != null) {
            body.put("enterpriseId", enterpriseId);
        }
        body.put("name", name);
        body.put("tier", tier);
        body.put("leader", Map.of("name", "卢仁峰", "honours", List.of("NATIONAL_MODEL_WORKER", "CRAFTSMAN")));
        body.put("teamSize", 30);
        body.put("focusIndustries", List.of("SMART_EQUIPMENT"));
        body.put("capabilities", Map.of("summary", summary, "keywords", keywords));
        body.put("sevenHaves", Map.of("modelWorkerLead", true, "team", true, "venue", true, "equipment", true,
                "rules", true, "funding", false, "results", true));
        body.put("contact", new LinkedHashMap<>(Map.of("person", "王丽", "phone", "0472-3112345", "email", "wangli@example.cn")));
        return body;
    }

    public static String createEnterprise(String token, Map<String, Object> body) {
        return post(token, "/api/v1/enterprises", body).then().statusCode(201).extract().path("id");
    }

    public static String createEnterprise(String region, String name) {
        return createEnterprise(TestTokens.union(region), enterprise(name, region, "C", "37"));
    }

    public static String createStudio(String region, String enterpriseId, String name) {
        return post(TestTokens.union(region), "/api/v1/studios",
                studio(enterpriseId, name, "MUNICIPAL", "装甲钢焊接工艺攻关，薄板焊接变形控制", List.of("焊接", "装甲钢")))
                .then().statusCode(201).extract().path("id");
    }

    /** A request carrying {@code token} as its bearer token, or no Authorization header when it is null. */
    public static RequestSpecification as(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }

    public static Response post(String token, String path, Object body) {
        return as(token).contentType(ContentType.JSON).body(body).when().post(path);
    }

    public static Response put(String token, String path, String ifMatch, Object body) {
        var request = as(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(path);
    }

    public static Response get(String token, String path) {
        return as(token).when().get(path);
    }
}
