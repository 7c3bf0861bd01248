package org.alliance.matching.contract;

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
 * The committed contract contracts/openapi/matching-service.yaml must equal what the running service
 * serves at /q/openapi (compared as parsed documents, so formatting and key order do not matter).
 * After an intended API change, rewrite the file from the running service with
 * {@code mvn test -pl services/matching-service -Dtest=OpenApiContractTest -Dopenapi.write=true}
 * and commit it with the change.
 */
@QuarkusTest
// the same resources as MatchingFlowTest, so both run in one application start
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching_flow_test"))
class OpenApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path CONTRACT = ProjectRoot.find().resolve("contracts/openapi/matching-service.yaml");

    @Test
    void theServedDocumentMatchesTheCommittedContract() throws Exception {
        String served = given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.createDirectories(CONTRACT.getParent());
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(CONTRACT), CONTRACT + " is missing: run this test with -Dopenapi.write=true");
        JsonNode committed = YAML.readTree(Files.readString(CONTRACT, StandardCharsets.UTF_8));
        JsonNode running = YAML.readTree(served);
        assertEquals(committed, running, "the matching API drifted from " + CONTRACT
                + "; if the change is intended, rerun with -Dopenapi.write=true and commit the file");
    }

    @Test
    void theContractDeclaresTheNeedAndReplicaOperations() throws Exception {
        JsonNode paths = YAML.readTree(Files.readString(CONTRACT, StandardCharsets.UTF_8)).path("paths");
        for (String path : new String[] {"/api/v1/needs", "/api/v1/needs/{id}", "/api/v1/needs/{id}/matches",
                "/api/v1/replica", "/api/v1/replica/rebuild"}) {
            assertTrue(paths.has(path), "the contract lacks " + path);
        }
    }
}
