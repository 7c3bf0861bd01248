package org.alliance.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * What every service must do from day one: be ready only when its database and the broker answer,
 * serve health and metrics on its management port and not on the API port, publish its OpenAPI
 * document and Swagger UI on the API port, serve the contract committed in contracts/openapi
 * ({@link OpenApiContractTests}), and answer unknown paths with problem+json. A service's test extends
 * this and names its API paths.
 */
public abstract class ServiceFoundationTests extends OpenApiContractTests {

    /** A path the service's OpenAPI document must list, e.g. "/api/v1/regions". */
    protected abstract String documentedPath();

    @TestHTTPResource(value = "/", management = true)
    URL management;

    /** The management interface's scheme, host and port (the injected URL carries its root path, /q). */
    private String managementRoot() {
        return management.getProtocol() + "://" + management.getHost() + ":" + management.getPort();
    }

    @Test
    void readinessChecksDatabaseAndBroker() {
        given().baseUri(managementRoot()).when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Reactive PostgreSQL")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void monitoringIsOnTheManagementPortOnly() {
        given().baseUri(managementRoot()).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE"));
        given().baseUri(managementRoot()).when().get("/q/health/live").then().statusCode(200);
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready"}) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void servesOpenApiAndSwaggerUi() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey(documentedPath()));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void apiWithoutTokenIsUnauthorizedProblem() {
        given().when().get(documentedPath()).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
    }

    @Test
    void unknownPathIsProblemJson() {
        given().when().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }
}
