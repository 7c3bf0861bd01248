package org.alliance.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alliance.compose.ProjectConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deploy/k8s cannot be applied here (no cluster is reachable), so this keeps it honest: every overlay
 * renders with the real {@code kubectl kustomize}, every object validates against the official
 * schemas with unknown fields refused, and everything the objects say about the services agrees
 * with the code. The drift tests break a copy of the rendered objects on purpose and expect the
 * checks to notice, so a check that stopped checking would fail too.
 */
class KubernetesManifestsTest {

    static final List<String> OVERLAYS = List.of("deploy/k8s/overlays/dev", "deploy/k8s/overlays/production");

    private static Path root;
    private static ProjectConfig project;
    private static EventContract contract;
    private static ManifestChecker checker;
    private static Schemas schemas;
    private static final Map<String, List<ObjectNode>> RENDERED = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        root = ProjectConfig.locateRoot();
        project = new ProjectConfig(root);
        contract = new EventContract(root);
        checker = new ManifestChecker(project, contract, new YAMLMapper().readTree(root.resolve("docker-compose.yml").toFile()));
        schemas = new Schemas(root);
    }

    private static List<ObjectNode> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> Kustomize.render(root, o));
    }

    private static List<ObjectNode> copy(String overlay) {
        return rendered(overlay).stream().map(ObjectNode::deepCopy).collect(Collectors.toCollection(ArrayList::new));
    }

    @Test
    void everyOverlayIsTested() throws IOException {
        try (Stream<Path> dirs = Files.list(root.resolve("deploy/k8s/overlays"))) {
            assertEquals(new TreeSet<>(OVERLAYS), dirs.map(d -> root.relativize(d).toString()).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy/k8s/overlays/dev", "deploy/k8s/overlays/production"})
    void everyObjectFollowsItsOfficialSchema(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : rendered(overlay)) {
            problems.addAll(schemas.violations(object));
        }
        assertTrue(problems.isEmpty(), overlay + " renders objects their schemas refuse:\n  - " + String.join("\n  - ", problems));
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy/k8s/overlays/dev", "deploy/k8s/overlays/production"})
    void agreesWithTheCode(String overlay) {
        List<String> problems = checker.problems(rendered(overlay));
        assertTrue(problems.isEmpty(), overlay + " disagrees with the services:\n  - " + String.join("\n  - ", problems));
    }

    @Test
    void devIsOneOfEach() {
        ManifestChecker.Index dev = new ManifestChecker.Index(rendered(OVERLAYS.get(0)));
        assertEquals(1, ManifestChecker.brokers(dev));
        assertEquals(1, dev.all("KafkaNodePool").size());
        dev.all("Cluster").forEach(c -> assertEquals(1, c.path("spec").path("instances").asInt(), ManifestChecker.name(c)));
        dev.all("HorizontalPodAutoscaler").forEach(h -> assertEquals(1, h.path("spec").path("maxReplicas").asInt(), ManifestChecker.name(h)));
        assertEquals(List.of(), dev.all("ScheduledBackup"));
    }

    @Test
    void productionIsReplicatedAndBackedUp() {
        ManifestChecker.Index prod = new ManifestChecker.Index(rendered(OVERLAYS.get(1)));
        assertEquals(3, ManifestChecker.brokers(prod));
        int controllers = 0;
        for (JsonNode pool : prod.all("KafkaNodePool")) {
            for (JsonNode role : pool.path("spec").path("roles")) {
                controllers += "controller".equals(role.asText()) ? pool.path("spec").path("replicas").asInt() : 0;
            }
        }
        assertEquals(3, controllers, "three KRaft controllers");
        JsonNode kafkaConfig = prod.all("Kafka").get(0).path("spec").path("kafka").path("config");
        assertEquals(3, kafkaConfig.path("offsets.topic.replication.factor").asInt());
        assertEquals(2, kafkaConfig.path("min.insync.replicas").asInt());
        for (JsonNode topic : prod.all("KafkaTopic")) {
            assertEquals(3, topic.path("spec").path("replicas").asInt(), ManifestChecker.name(topic));
            assertEquals(2, topic.path("spec").path("config").path("min.insync.replicas").asInt(), ManifestChecker.name(topic));
        }
        Set<String> backedUp = new TreeSet<>();
        prod.all("ScheduledBackup").forEach(b -> backedUp.add(b.path("spec").path("cluster").path("name").asText()));
        for (JsonNode cluster : prod.all("Cluster")) {
            assertEquals(3, cluster.path("spec").path("instances").asInt(), ManifestChecker.name(cluster));
            assertFalse(cluster.path("spec").path("backup").path("barmanObjectStore").isMissingNode(),
                    ManifestChecker.name(cluster) + " archives nothing");
            assertTrue(backedUp.contains(ManifestChecker.name(cluster)), ManifestChecker.name(cluster) + " has no ScheduledBackup");
        }
        prod.all("HorizontalPodAutoscaler").forEach(h -> assertTrue(h.path("spec").path("minReplicas").asInt() >= 2, ManifestChecker.name(h)));
    }

    @Test
    void devTrustsTheLocalDevelopmentKeyAndIssuer() throws IOException {
        ManifestChecker.Index dev = new ManifestChecker.Index(rendered(OVERLAYS.get(0)));
        JsonNode jwt = dev.all("ConfigMap").stream().filter(c -> ManifestChecker.name(c).startsWith("alliance-jwt")).findFirst()
                .orElseThrow(() -> new AssertionError("dev makes no alliance-jwt ConfigMap"));
        assertEquals(Files.readString(root.resolve("deploy/local/keys/dev-public.pem")), jwt.path("data").path("verification-keys").asText());
        String security = Files.readString(root.resolve("services/security/src/main/resources/META-INF/microprofile-config.properties"));
        assertTrue(security.contains("${JWT_ISSUER:" + jwt.path("data").path("issuer").asText() + "}"),
                "dev's issuer is not the one deploy/local/token writes");
    }

    @Test
    void readsTheCodeItChecksAgainst() {
        // guards the checker's own reading: if it found nothing it would pass vacuously
        assertEquals(Set.of("registry-service", "application-service", "review-service", "matching-service"), project.services().keySet());
        assertEquals(Set.of("matching.registry-replica", "matching.outcome-propagation", "matching.late-member-delivery"),
                checker.consumerNames(project.services().get("matching-service")));
        assertTrue(contract.topicsInUse().containsAll(Set.of("alliance.registry.studio", "alliance.registry.studio.dlq")),
                contract.topicsInUse().toString());
        assertTrue(checker.handmade().containsAll(Set.of("Secret alliance-backup-s3", "Secret alliance-api-tls", "ConfigMap alliance-jwt")),
                "the runbook's table of objects made by hand: " + checker.handmade());
        assertTrue(ManifestChecker.kafkaConnectionSetting("KAFKA_SASL_JAAS_CONFIG"));
        assertFalse(ManifestChecker.kafkaConnectionSetting("KAFKA_GROUP_ID"), "the library sets group ids itself");
        assertFalse(ManifestChecker.kafkaConnectionSetting("KAFKA_SASL_JAAS_CONFG"));
        assertEquals(31_536_000_000L, ManifestChecker.duration("365d"));
        assertEquals(-1, ManifestChecker.duration("-1s"));
    }

    @Test
    void plannedOperationsGrantNothingAndCallForNoTopic() {
        ObjectNode asyncApi = (ObjectNode) EventContract.read(root.resolve("contracts/events/asyncapi.yaml")).deepCopy();
        ObjectNode operations = (ObjectNode) asyncApi.path("operations");
        operations.fieldNames().forEachRemaining(id -> ((ObjectNode) operations.path(id)).remove("x-planned"));
        EventContract allBuilt = new EventContract(asyncApi.deepCopy());
        ((ObjectNode) operations.path("applicationReceivesRegistryStudio")).put("x-planned", true);
        ((ObjectNode) operations.path("matchingReceivesMatchingAlliance")).put("x-planned", true);
        EventContract somePlanned = new EventContract(asyncApi);

        ProjectConfig.Service application = project.services().get("application-service");
        Set<String> lost = new TreeSet<>(checker.expectedAcls(application, allBuilt.byService().get("application-service")));
        lost.removeAll(checker.expectedAcls(application, somePlanned.byService().get("application-service")));
        assertEquals(Set.of("topic alliance.registry.studio literal Read allow host=*",
                "topic alliance.registry.studio literal Describe allow host=*",
                "topic alliance.registry.studio.dlq literal Write allow host=*",
                "topic alliance.registry.studio.dlq literal Describe allow host=*"), lost);
        Set<String> gone = new TreeSet<>(allBuilt.topicsInUse());
        gone.removeAll(somePlanned.topicsInUse());
        // the studio topic's dead letters stay: review and matching still consume it
        assertEquals(Set.of("alliance.matching.alliance.dlq"), gone);
    }

    /** The runbook's commands that need no cluster run here exactly as written. */
    @Test
    void runbookCommandsThatNeedNoClusterRun() throws IOException {
        List<String> commands = new ArrayList<>();
        boolean code = false;
        for (String line : Files.readAllLines(root.resolve("deploy/k8s/README.md"))) {
            if (line.startsWith("```")) {
                code = !code;
            } else if (code && line.startsWith("kubectl kustomize ")) {
                commands.add(line.trim());
            }
        }
        assertTrue(commands.size() >= 2, "the runbook renders no overlay: " + commands);
        for (String command : commands) {
            String[] words = command.split("\\s+");
            String out = Kustomize.run(root, List.of(words).subList(1, words.length));
            assertFalse(Kustomize.parse(out).isEmpty(), command + " rendered nothing");
        }
    }

    // --- schemas refuse what the API server would refuse ---------------------------------------------

    @Test
    void aMisspeltFieldFailsValidation() {
        List<ObjectNode> objects = copy(OVERLAYS.get(1));
        ObjectNode deployment = find(objects, "Deployment", "registry-service");
        ((ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").path(0)).put("imagePullPolcy", "Always");
        ObjectNode topic = find(objects, "KafkaTopic", "alliance-registry-studio");
        ((ObjectNode) topic.path("spec")).put("partition", 3);
        ObjectNode cluster = find(objects, "Cluster", "review-db");
        ((ObjectNode) cluster.path("spec")).put("instance", 3);
        ObjectNode user = find(objects, "KafkaUser", "matching-service");
        ((ObjectNode) user.path("spec").path("authorization").path("acls").path(0).path("resource")).put("patternTyp", "literal");

        assertViolation(deployment, "imagePullPolcy");
        assertViolation(topic, "partition");
        assertViolation(cluster, "instance");
        assertViolation(user, "patternTyp");
    }

    @Test
    void aWrongValueFailsValidation() {
        ObjectNode pdb = find(copy(OVERLAYS.get(0)), "PodDisruptionBudget", "review-service");
        ((ObjectNode) pdb.path("spec")).put("maxUnavailable", true);
        assertFalse(schemas.violations(pdb).isEmpty(), "maxUnavailable must be an int or a string");
    }

    private static void assertViolation(JsonNode object, String field) {
        List<String> violations = schemas.violations(object);
        int expected = Kustomize.describe(object).startsWith("Kafka") ? Schemas.STRIMZI.size() : 1;
        assertEquals(expected, violations.stream().filter(v -> v.contains(field)).count(),
                Kustomize.describe(object) + " with " + field + ": " + violations);
    }

    // --- drift: each breaks a copy and expects the checker to say so ------------------------------

    @Test
    void noticesAVariableNoServiceReads() {
        assertDrift(o -> configMap(o, "alliance-platform").put("DATABASE_URL", "postgres://x/registry"),
                "Deployment/registry-service: environment variable DATABASE_URL is read by none");
    }

    @Test
    void noticesAKafkaSettingTheLibraryDropsOrKafkaLacks() {
        assertDrift(o -> configMap(o, "matching-service-env").put("KAFKA_SASL_MECHANSIM", "PLAIN"),
                "Deployment/matching-service: environment variable KAFKA_SASL_MECHANSIM is read by none");
    }

    @Test
    void noticesAComposeVariableLeftOut() {
        assertDrift(o -> ((ObjectNode) configMap(o, "alliance-platform")).remove("KAFKA_BOOTSTRAP_SERVERS"),
                "sets no KAFKA_BOOTSTRAP_SERVERS, which docker-compose.yml sets");
    }

    @Test
    void noticesAWrongProbePathOrPort() {
        assertDrift(o -> container(o, "review-service").with("readinessProbe").with("httpGet").put("path", "/q/health"),
                "Deployment/review-service: readinessProbe asks /q/health, not /q/health/ready");
        assertDrift(o -> configMap(o, "alliance-platform").put("PORT", "8081"),
                "PORT 8081 is not its http container port 8080");
    }

    @Test
    void noticesAWrongDatabase() {
        assertDrift(o -> configMap(o, "application-service-env").put("DB_HOST", "registry-db-rw"),
                "Deployment/application-service: DB_HOST registry-db-rw is not application-db-rw");
        assertDrift(o -> ((ObjectNode) find(o, "Deployment", "review-service").at("/spec/template/spec/containers/0/env/1/valueFrom/secretKeyRef"))
                .put("name", "review-db-superuser"), "DB_PASSWORD must come from key password of Secret review-db-app");
    }

    @Test
    void noticesAMissingTopicAnExtraTopicAndWrongSettings() {
        assertDrift(o -> o.remove(find(o, "KafkaTopic", "alliance-registry-studio-dlq")),
                "topic alliance.registry.studio.dlq of contracts/events/asyncapi.yaml has no KafkaTopic");
        assertDrift(o -> {
            ObjectNode extra = find(o, "KafkaTopic", "alliance-matching-outcome").deepCopy();
            ((ObjectNode) extra.path("metadata")).put("name", "alliance-matching-outcome-dlq");
            ((ObjectNode) extra.path("spec")).put("topicName", "alliance.matching.outcome.dlq");
            o.add(extra);
        }, "KafkaTopic alliance.matching.outcome.dlq: no built operation");
        assertDrift(o -> ((ObjectNode) find(o, "KafkaTopic", "alliance-matching-match").path("spec")).put("partitions", 6),
                "KafkaTopic alliance.matching.match: partitions 6, the contract says 3");
        assertDrift(o -> ((ObjectNode) find(o, "KafkaTopic", "alliance-registry-enterprise").path("spec").path("config"))
                .put("cleanup.policy", "delete"), "KafkaTopic alliance.registry.enterprise: cleanup.policy delete, the contract says compact");
        assertDrift(o -> ((ObjectNode) find(o, "KafkaTopic", "alliance-application-outcome").path("spec").path("config"))
                .put("retention.ms", 604800000L), "KafkaTopic alliance.application.outcome: retention.ms 604800000, the contract says -1");
    }

    @Test
    void noticesAclsBeyondOrShortOfTheContract() {
        assertDrift(o -> ((ArrayNode) acl(o, "matching-service", "alliance.registry.studio").path("operations")).add("Write"),
                "KafkaUser/matching-service: has ACLs its AsyncAPI operations and consumers do not need [topic alliance.registry.studio literal Write");
        assertDrift(o -> {
            ObjectNode acl = acls(o, "registry-service").addObject();
            acl.putObject("resource").put("type", "topic").put("name", "alliance.matching.match").put("patternType", "literal");
            acl.putArray("operations").add("Write");
            acl.put("host", "*");
        }, "KafkaUser/registry-service: has ACLs its AsyncAPI operations and consumers do not need [topic alliance.matching.match literal Write");
        assertDrift(o -> ((ArrayNode) acl(o, "matching-service", "matching.late-member-delivery").path("operations")).removeAll(),
                "KafkaUser/matching-service: lacks ACLs [group matching.late-member-delivery literal Read");
    }

    @Test
    void noticesALatestTagMissingLimitsAndARootContainer() {
        assertDrift(o -> container(o, "matching-service").put("image", "studio-alliance/matching-service:latest"),
                "Deployment/matching-service: image studio-alliance/matching-service:latest uses the latest tag");
        assertDrift(o -> ((ObjectNode) container(o, "registry-service").path("resources")).remove("limits"),
                "container registry-service: sets no cpu limits");
        assertDrift(o -> container(o, "application-service").with("securityContext").put("readOnlyRootFilesystem", false),
                "container application-service: must set readOnlyRootFilesystem: true");
    }

    @Test
    void noticesASecretNobodyMakes() {
        assertDrift(o -> ((ObjectNode) find(o, "Deployment", "matching-service")
                        .at("/spec/template/spec/containers/0/env/2/valueFrom/secretKeyRef")).put("name", "matching-kafka"),
                "names Secret matching-kafka, which is neither among the manifests");
    }

    @Test
    void noticesANetworkPolicyThatOpensTooMuch() {
        assertDrift(o -> {
            ArrayNode egress = (ArrayNode) find(o, "NetworkPolicy", "registry-service").path("spec").path("egress");
            ObjectNode rule = egress.addObject();
            rule.putArray("to").addObject().putObject("podSelector").putObject("matchLabels").put("cnpg.io/cluster", "matching-db");
            rule.putArray("ports").addObject().put("port", 5432);
        }, "is neither DNS, the Kafka brokers nor registry-service's own database");
    }

    @Test
    void noticesAnIngressThatExposesMonitoring() {
        assertDrift(o -> ((ObjectNode) find(o, "Ingress", "alliance-api").at("/spec/rules/0/http/paths/0")).put("path", "/"),
                "routes a path outside /api/");
    }

    /**
     * The services serve health on their management interface (quarkus.management.enabled, port
     * ${MANAGEMENT_PORT:...}): the probes must follow it, and MANAGEMENT_PORT must be its container port.
     */
    @Test
    void healthFollowsTheManagementInterface() {
        List<ObjectNode> objects = copy(OVERLAYS.get(1));
        assertEquals(List.of(), checker.problems(objects));

        ObjectNode container = container(objects, "registry-service");
        container.with("readinessProbe").with("httpGet").put("port", "http");
        assertTrue(checker.problems(objects).stream().anyMatch(p -> p.contains(
                "Deployment/registry-service: readinessProbe uses port http; the health endpoints are on management")),
                checker.problems(objects).toString());

        container.with("readinessProbe").with("httpGet").put("port", "management");
        ((ArrayNode) container.path("env")).addObject().put("name", "MANAGEMENT_PORT").put("value", "9001");
        assertTrue(checker.problems(objects).stream().anyMatch(p -> p.contains("MANAGEMENT_PORT 9001 is not its container port named management")),
                checker.problems(objects).toString());
    }

    private static void assertDrift(Consumer<List<ObjectNode>> breakIt, String expectedProblem) {
        String overlay = OVERLAYS.get(1);
        assertTrue(checker.problems(rendered(overlay)).isEmpty(), overlay + " must be consistent before breaking a copy");
        List<ObjectNode> objects = copy(overlay);
        breakIt.accept(objects);
        List<String> problems = checker.problems(objects);
        if (problems.stream().noneMatch(p -> p.contains(expectedProblem))) {
            fail("expected a problem containing \"" + expectedProblem + "\", got " + problems);
        }
    }

    private static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText()) && name.equals(ManifestChecker.name(o)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

    private static ObjectNode configMap(List<ObjectNode> objects, String name) {
        return (ObjectNode) find(objects, "ConfigMap", name).path("data");
    }

    private static ObjectNode container(List<ObjectNode> objects, String deployment) {
        return (ObjectNode) find(objects, "Deployment", deployment).at("/spec/template/spec/containers/0");
    }

    private static ArrayNode acls(List<ObjectNode> objects, String user) {
        return (ArrayNode) find(objects, "KafkaUser", user).at("/spec/authorization/acls");
    }

    private static ObjectNode acl(List<ObjectNode> objects, String user, String resource) {
        for (JsonNode acl : acls(objects, user)) {
            if (resource.equals(acl.path("resource").path("name").asText())) {
                return (ObjectNode) acl;
            }
        }
        throw new AssertionError("KafkaUser/" + user + " has no ACL on " + resource);
    }
}
