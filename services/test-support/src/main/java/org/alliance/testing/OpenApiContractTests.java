package org.alliance.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A service's committed contract, {@code contracts/openapi/<service>.yaml}, must equal what the
 * running service serves at /q/openapi (compared as parsed documents, so formatting and key order do
 * not matter), and must declare the operations the service is known for. After an intended API
 * change, rewrite the file from the running service with
 * {@code ./mvnw test -pl services/<service> -am -Dtest=ServiceFoundationTest -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.write=true}
 * and commit it with the change.
 *
 * <p>Every service runs it through {@link ServiceFoundationTests}, in its {@code @QuarkusTest}.
 */
public abstract class OpenApiContractTests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The service's name, which names its contract file: its {@code quarkus.application.name}, "registry-service". */
    protected String service() {
        return ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
    }

    /** Paths the contract must declare, so a contract emptied along with the code is caught. */
    protected abstract List<String> declaredPaths();

    protected Path contract() {
        return ProjectRoot.find().resolve("contracts/openapi/" + service() + ".yaml");
    }

    @Test
    void theServedDocumentMatchesTheCommittedContract() throws IOException {
        String served = given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Path contract = contract();
        if (Boolean.getBoolean("openapi.write")) {
            Files.createDirectories(contract.getParent());
            Files.writeString(contract, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(contract), contract + " is missing: run this test with -Dopenapi.write=true");
        JsonNode committed = YAML.readTree(Files.readString(contract, StandardCharsets.UTF_8));
        assertEquals(committed, YAML.readTree(served), "the API of " + service() + " drifted from " + contract
                + "; if the change is intended, rerun with -Dopenapi.write=true and commit the file");
    }

    @Test
    void theContractDeclaresTheServicesOperations() throws IOException {
        assertTrue(Files.exists(contract()), contract() + " is missing: run this test with -Dopenapi.write=true");
        JsonNode paths = YAML.readTree(Files.readString(contract(), StandardCharsets.UTF_8)).path("paths");
        assertFalse(declaredPaths().isEmpty(), "name at least one path the contract must declare");
        for (String path : declaredPaths()) {
            assertTrue(paths.has(path), contract() + " lacks " + path);
        }
    }
}
