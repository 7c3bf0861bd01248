package org.alliance.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.ServiceFoundationTests;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class ServiceFoundationTest extends ServiceFoundationTests {

    @Override
    protected String documentedPath() {
        return "/api/v1/regions";
    }

    @Override
    protected List<String> declaredPaths() {
        return List.of("/api/v1/enterprises", "/api/v1/enterprises/{id}", "/api/v1/enterprises/{id}/supply-links",
                "/api/v1/supply-links", "/api/v1/supply-links/{id}", "/api/v1/studios", "/api/v1/studios/{id}",
                "/api/v1/studios/{id}/accreditations", "/api/v1/studios/{id}/revocation", "/api/v1/studios/due-for-re-review");
    }

    @Test
    void chineseRoundTripsFromMigrationThroughDatabaseToHttp() {
        given().auth().oauth2(TestTokens.union("150000")).when().get("/api/v1/regions").then().statusCode(200)
                .body("find { it.code == '150000' }.name", equalTo("内蒙古自治区"));
    }
}
