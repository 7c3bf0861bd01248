package org.alliance.registry.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.ProjectRoot;
import org.junit.jupiter.api.Test;

/**
 * The committed contract contracts/openapi/registry-service.yaml must equal what the running service
 * serves at /q/openapi (compared as parsed documents, so formatting and key order do not matter).
 * After an intended API change, rewrite the file from the running service with
 * {@code mvn test -pl services/registry-service -Dtest=OpenApiContractTest -Dopenapi.write=true}
 * and commit it with the change.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class OpenApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theServedDocumentMatchesTheCommittedContract() throws Exception {
        String served = given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Path contract = ProjectRoot.find().resolve("contracts/openapi/registry-service.yaml");
        if (Boolean.getBoolean("openapi.write")) {
            Files.createDirectories(contract.getParent());
            Files.writeString(contract, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(contract), contract + " is missing: run this test with -Dopenapi.write=true");
        JsonNode committed = YAML.readTree(Files.readString(contract, StandardCharsets.UTF_8));
        JsonNode running = YAML.readTree(served);
        assertEquals(committed, running, "the registry's API drifted from " + contract
                + "; if the change is intended, rerun with -Dopenapi.write=true and commit the file");
    }

    @Test
    void theContractDeclaresEveryRegistryOperation() throws Exception {
        JsonNode paths = YAML.readTree(Files.readString(ProjectRoot.find().resolve("contracts/openapi/registry-service.yaml")))
                .path("paths");
        for (String path : new String[] {"/api/v1/enterprises", "/api/v1/enterprises/{id}", "/api/v1/enterprises/{id}/supply-links",
                "/api/v1/supply-links", "/api/v1/supply-links/{id}", "/api/v1/studios", "/api/v1/studios/{id}",
                "/api/v1/studios/{id}/accreditations", "/api/v1/studios/{id}/revocation", "/api/v1/studios/due-for-re-review"}) {
            assertTrue(paths.has(path), "the contract lacks " + path);
        }
    }
}
