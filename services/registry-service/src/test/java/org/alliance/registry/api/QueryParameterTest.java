package org.alliance.registry.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.alliance.registry.Db;
import org.alliance.registry.Fixtures;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A query parameter that cannot be converted to its type is a bad request naming the parameter
 * (JAX-RS by itself answers 404, as if the path did not exist); a path parameter that cannot be
 * converted still names no resource.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class QueryParameterTest {

    @Test
    void anUnconvertibleQueryParameterIsABadRequestNamingIt() {
        String before = Db.fingerprint();
        String op = TestTokens.operator();
        invalid(op, "/api/v1/studios?page=abc", "page", "cannot read \"abc\" as int");
        invalid(op, "/api/v1/studios?size=1.5&region=340000", "size", "cannot read \"1.5\" as int");
        // too large for an int: not a number the list can page to
        invalid(op, "/api/v1/studios?page=99999999999", "page", "cannot read \"99999999999\" as int");
        invalid(op, "/api/v1/enterprises?page=第一页", "page", "cannot read \"第一页\" as int");
        invalid(op, "/api/v1/studios/due-for-re-review?from=2029-01-01&to=2029-12-31&size=twenty", "size",
                "cannot read \"twenty\" as int");
        invalid(TestTokens.union("340000"), "/api/v1/imports?page=-", "page", "cannot read \"-\" as int");
        assertEquals(before, Db.fingerprint());
    }

    @Test
    void convertibleValuesStillGoThroughTheirOwnChecks() {
        String op = TestTokens.operator();
        // converts, then fails its bean validation: still a 400 naming the parameter
        invalid(op, "/api/v1/studios?page=-1", "page", "must be 0 or more");
        invalid(op, "/api/v1/studios?size=0", "size", "must be at least 1");
        // text parameters parsed by the service itself keep their own messages
        invalid(op, "/api/v1/studios?enterpriseId=not-a-uuid", "enterpriseId", "must be a UUID");
        Fixtures.get(op, "/api/v1/studios?page=100000&size=200").then().statusCode(200)
                .body("items", hasSize(0)).body("page", equalTo(100000)).body("totalExact", equalTo(true));
    }

    @Test
    void anUnconvertiblePathParameterStillNamesNoResource() {
        String op = TestTokens.operator();
        Fixtures.get(op, "/api/v1/studios/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404))
                .body("detail", equalTo("no resource at this path"));
        Fixtures.get(op, "/api/v1/enterprises/not-a-uuid/supply-links?depth=2").then().statusCode(404)
                .contentType("application/problem+json");
        Fixtures.get(op, "/api/v1/no-such-list?page=abc").then().statusCode(404).contentType("application/problem+json");
    }

    private static void invalid(String token, String path, String parameter, String message) {
        Fixtures.get(token, path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].message", equalTo(message));
    }
}
