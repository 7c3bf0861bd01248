package org.alliance.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.alliance.testing.AllianceTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class ServiceFoundationTest {

    @Test
    void readinessChecksDatabaseAndBroker() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Reactive PostgreSQL")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void servesOpenApiAndSwaggerUi() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/regions"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void chineseRoundTripsFromMigrationThroughDatabaseToHttp() {
        given().when().get("/api/v1/regions").then().statusCode(200)
                .body("find { it.code == '150000' }.name", equalTo("内蒙古自治区"));
    }
}
