package org.alliance.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so this keeps it honest: it must be a
 * valid Compose file, and every service, port, environment variable, database, dependency and health
 * check in it must match what the services really read. The drift tests break a copy of the file
 * on purpose and expect the checker to notice, so a checker that stopped checking would fail too.
 */
class DockerComposeTest {

    private static Path root;
    private static ProjectConfig project;
    private static ComposeChecker checker;
    private static JsonNode compose;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void load() throws IOException {
        root = ProjectConfig.locateRoot();
        project = new ProjectConfig(root);
        checker = new ComposeChecker(project);
        compose = new YAMLMapper().readTree(root.resolve("docker-compose.yml").toFile());
    }

    @Test
    void isAValidComposeFile() throws IOException {
        Set<ValidationMessage> errors = schema().validate(compose);
        assertTrue(errors.isEmpty(), "docker-compose.yml does not follow the Compose Specification:\n"
                + errors.stream().map(ValidationMessage::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void agreesWithTheServicesConfiguration() {
        List<String> problems = checker.problems(compose);
        assertTrue(problems.isEmpty(), "docker-compose.yml disagrees with the services:\n  - "
                + String.join("\n  - ", problems));
    }

    @Test
    void findsTheFourServicesWithTheirPortsAndDatabases() {
        // guards the checker's own reading of the sources: if it found no services it would pass vacuously
        Map<String, ProjectConfig.Service> services = project.services();
        assertEquals(Map.of("registry-service", 8081, "application-service", 8082, "review-service", 8083,
                        "matching-service", 8084),
                services.values().stream().collect(Collectors.toMap(ProjectConfig.Service::name,
                        ProjectConfig.Service::defaultPort)));
        for (ProjectConfig.Service service : services.values()) {
            assertEquals(service.name().replace("-service", ""), service.database());
            assertTrue(service.environmentVariables().containsAll(
                            List.of("PORT", "DB_HOST", "DB_PORT", "DB_NAME", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS")),
                    service.name() + " reads " + service.environmentVariables());
        }
    }

    @Test
    void keycloakRealmCarriesTheRolesRegionAndGroups() {
        JsonNode keycloak = compose.path("services").path("keycloak");
        JsonNode realm = checker.realm(keycloak).orElseThrow(
                () -> new AssertionError("the keycloak service imports no realm file from deploy/compose/"));
        assertEquals("alliance", realm.path("realm").asText());

        Set<String> roles = new LinkedHashSet<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        Set<String> expected = project.roles();
        assertEquals(Set.of("union", "coordinator", "reviewer", "operator"), expected,
                "the roles in services/security Roles.java changed: update the realm and this test");
        assertEquals(expected, roles, "realm roles must be exactly the roles the services authorise");

        boolean regionClaim = false;
        boolean groupsClaim = false;
        // the claims of services/security Caller: a union's sign-off level and enterprise, a reviewer's expert
        Set<String> attributeClaims = new LinkedHashSet<>();
        for (JsonNode client : realm.path("clients")) {
            for (JsonNode mapper : client.path("protocolMappers")) {
                JsonNode config = mapper.path("config");
                boolean inAccessToken = "true".equals(config.path("access.token.claim").asText());
                if ("oidc-usermodel-attribute-mapper".equals(mapper.path("protocolMapper").asText())
                        && "region".equals(config.path("user.attribute").asText())
                        && "region".equals(config.path("claim.name").asText()) && inAccessToken) {
                    regionClaim = true;
                }
                if ("oidc-usermodel-attribute-mapper".equals(mapper.path("protocolMapper").asText()) && inAccessToken
                        && config.path("user.attribute").asText().equals(config.path("claim.name").asText())) {
                    attributeClaims.add(config.path("claim.name").asText());
                }
                if ("oidc-usermodel-realm-role-mapper".equals(mapper.path("protocolMapper").asText())
                        && "groups".equals(config.path("claim.name").asText())
                        && "true".equals(config.path("multivalued").asText()) && inAccessToken) {
                    groupsClaim = true;
                }
            }
        }
        assertTrue(regionClaim, "no client maps the user attribute region into the access token's region claim");
        assertTrue(groupsClaim, "no client maps realm roles into the access token's groups claim");

        // Keycloak keeps only the attributes its user profile declares
        String profile = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0)
                .path("config").path("kc.user.profile.config").path(0).asText();
        assertTrue(profile.contains("\"name\":\"region\""), "the realm's user profile does not declare the region attribute");
        for (String claim : List.of("level", "enterprise", "expert")) {
            assertTrue(attributeClaims.contains(claim), "no client maps the user attribute " + claim + " into the access token");
            assertTrue(profile.contains("\"name\":\"" + claim + "\""), "the realm's user profile does not declare " + claim);
        }

        int users = 0;
        for (JsonNode user : realm.path("users")) {
            users++;
            Set<String> userRoles = new LinkedHashSet<>();
            user.path("realmRoles").forEach(r -> userRoles.add(r.asText()));
            assertTrue(expected.containsAll(userRoles), user.path("username") + " has unknown roles " + userRoles);
            if (userRoles.contains("union")) {
                String region = user.path("attributes").path("region").path(0).asText();
                assertTrue(region.matches("\\d{6}"), user.path("username") + " is a union without a GB/T 2260 region");
                String level = user.path("attributes").path("level").path(0).asText("");
                assertTrue(level.isEmpty() || Set.of("UNIT", "DISTRICT", "CITY").contains(level), user.path("username") + " level " + level);
                assertEquals("UNIT".equals(level), user.path("attributes").has("enterprise"),
                        user.path("username") + ": a unit union, and only a unit union, names its enterprise");
            }
        }
        assertTrue(users >= 4, "the realm should bring a few demo users, one per role");
    }

    // --- drift: each of these breaks a copy of the file and expects the checker to say so -----------

    @Test
    void noticesAWrongPort() {
        assertDrift(c -> service(c, "registry-service").set("ports", JSON.createArrayNode().add("8081:9081")),
                "registry-service: ports must publish 8081:8081");
    }

    @Test
    void noticesAPortOverrideThatTheRestDoesNotFollow() {
        assertDrift(c -> env(c, "review-service").put("PORT", "9083"), "review-service: PORT 9083 differs");
    }

    @Test
    void noticesAnEnvironmentVariableNoConfigurationReads() {
        assertDrift(c -> env(c, "matching-service").put("DATABASE_URL", "postgres://postgres/matching"),
                "matching-service: environment variable DATABASE_URL is read by none");
    }

    @Test
    void acceptsAPropertyByItsStandardEnvironmentName() {
        ObjectNode copy = compose.deepCopy();
        env(copy, "registry-service").put("QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE", "8");
        assertEquals(List.of(), checker.problems(copy));
        env(copy, "registry-service").put("QUARKUS_DATASOURCE_REACTIVE_MAX_SIZ", "8");
        assertFalse(checker.problems(copy).isEmpty(), "a misspelt property name must not pass");
    }

    @Test
    void noticesADatabaseNameTheInitScriptDoesNotCreate() {
        assertDrift(c -> env(c, "application-service").put("DB_NAME", "applications"),
                "application-service: DB_NAME applications is not its own database application");
    }

    @Test
    void noticesAMissingHealthcheck() {
        assertDrift(c -> service(c, "review-service").remove("healthcheck"), "review-service: has no healthcheck");
    }

    @Test
    void noticesADependencyThatNeedNotBeHealthy() {
        assertDrift(c -> ((ObjectNode) service(c, "registry-service").path("depends_on").path("kafka"))
                .put("condition", "service_started"), "registry-service: depends_on kafka must have condition: service_healthy");
    }

    @Test
    void noticesAMissingDependency() {
        assertDrift(c -> ((ObjectNode) service(c, "matching-service").path("depends_on")).remove("keycloak"),
                "matching-service: uses keycloak but does not depend on it");
    }

    @Test
    void noticesAMissingService() {
        assertDrift(c -> ((ObjectNode) c.path("services")).remove("review-service"),
                "services/review-service has no service of that name");
    }

    @Test
    void noticesAnIssuerKeycloakDoesNotWrite() {
        assertDrift(c -> env(c, "application-service").put("JWT_ISSUER", "http://keycloak:8080/realms/alliance"),
                "application-service: JWT_ISSUER http://keycloak:8080/realms/alliance is not the issuer");
    }

    @Test
    void noticesABrokerAddressNobodyAdvertises() {
        assertDrift(c -> env(c, "registry-service").put("KAFKA_BOOTSTRAP_SERVERS", "kafka:29092"),
                "registry-service: KAFKA_BOOTSTRAP_SERVERS kafka:29092 is no listener");
    }

    @Test
    void schemaRejectsWhatComposeWouldReject() throws IOException {
        ObjectNode copy = compose.deepCopy();
        service(copy, "kafka").put("restart_policy", "always");
        assertFalse(schema().validate(copy).isEmpty(), "the Compose schema should reject an unknown service key");
    }

    private static void assertDrift(Consumer<ObjectNode> breakIt, String expectedProblem) {
        assertTrue(checker.problems(compose).isEmpty(), "docker-compose.yml must be consistent before breaking a copy");
        ObjectNode copy = compose.deepCopy();
        breakIt.accept(copy);
        List<String> problems = checker.problems(copy);
        if (problems.stream().noneMatch(p -> p.contains(expectedProblem))) {
            fail("expected a problem containing \"" + expectedProblem + "\", got " + problems);
        }
    }

    private static ObjectNode service(JsonNode composeFile, String name) {
        return (ObjectNode) composeFile.path("services").path(name);
    }

    private static ObjectNode env(JsonNode composeFile, String name) {
        return (ObjectNode) service(composeFile, name).path("environment");
    }

    private static JsonSchema schema() throws IOException {
        String configured = System.getProperty("alliance.compose.schema");
        Path schema = configured != null ? Path.of(configured) : root.resolve("schemas/compose-spec.json");
        if (!Files.exists(schema)) {
            fail("the Compose Specification schema is not at " + schema + "; it is expected in schemas/ of"
                    + " the project (or name it with -Dalliance.compose.schema=...)");
        }
        // loaded by its file URI, against which the schema's relative $id (compose_spec.json) resolves
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema.toUri());
    }
}
