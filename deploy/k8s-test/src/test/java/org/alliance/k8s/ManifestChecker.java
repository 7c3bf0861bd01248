package org.alliance.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alliance.compose.ProjectConfig;
import org.alliance.eventing.kafka.KafkaClients;

/**
 * Compares the objects an overlay renders with what the code really does and lists every
 * disagreement as a sentence naming the object and what to fix; an empty list means they agree.
 */
final class ManifestChecker {

    static final String HANDMADE_HEADING = "## Made by hand";
    private static final Pattern CONSUMER_NAME =
            Pattern.compile("consumerName\\(\\)\\s*\\{\\s*return\\s+\"([^\"]+)\"\\s*;");
    private static final Pattern RESOURCE_PATH = Pattern.compile("^@Path\\(\"(/[^\"]*)\"\\)", Pattern.MULTILINE);
    private static final Pattern DOCKER_USER = Pattern.compile("(?m)^USER\\s+(\\d+)");
    private static final Pattern MANAGEMENT_PORT = Pattern.compile("\\$\\{MANAGEMENT_PORT:(\\d+)}");
    private static final Pattern HANDMADE_ROW = Pattern.compile("^\\|\\s*(Secret|ConfigMap)\\s*\\|\\s*`([a-z0-9.-]+)`");
    private static final List<String> PROBES = List.of("startupProbe:/q/health/started",
            "readinessProbe:/q/health/ready", "livenessProbe:/q/health/live");

    private final ProjectConfig project;
    private final EventContract contract;
    private final Map<String, ProjectConfig.Service> modules;
    private final JsonNode compose;

    ManifestChecker(ProjectConfig project, EventContract contract, JsonNode compose) {
        this(project, contract, compose, project.services());
    }

    /** With the services' configuration as given (the tests change a copy of it). */
    ManifestChecker(ProjectConfig project, EventContract contract, JsonNode compose, Map<String, ProjectConfig.Service> modules) {
        this.project = project;
        this.contract = contract;
        this.modules = modules;
        this.compose = compose;
    }

    List<String> problems(List<ObjectNode> objects) {
        Objects.requireNonNull(objects);
        List<String> problems = new ArrayList<>();
        Index index = new Index(objects);
        for (JsonNode object : objects) {
            if (object.path("metadata").path("name").asText().isEmpty()) {
                problems.add(Kustomize.describe(object) + ": has no name");
            }
        }
        for (ProjectConfig.Service module : modules.values()) {
            Optional<JsonNode> deployment = index.get("Deployment", module.name());
            if (deployment.isEmpty()) {
                problems.add("services/" + module.name() + " has no Deployment of that name");
                continue;
            }
            new DeploymentCheck(module, deployment.get(), index, problems).run();
        }
        for (JsonNode d : index.all("Deployment")) {
            if (!modules.containsKey(name(d))) {
                problems.add(Kustomize.describe(d) + ": runs no service module of services/");
            }
        }
        checkTopics(index, problems);
        checkUsers(index, problems);
        checkDatabases(index, problems);
        checkIngress(index, problems);
        checkReferences(objects, index, problems);
        return problems;
    }

    // --- services ---------------------------------------------------------------------------------

    private final class DeploymentCheck {
        final ProjectConfig.Service module;
        final JsonNode deployment;
        final JsonNode pod;
        final Index index;
        final List<String> problems;
        final String who;

        DeploymentCheck(ProjectConfig.Service module, JsonNode deployment, Index index, List<String> problems) {
            this.module = module;
            this.deployment = deployment;
            this.pod = deployment.path("spec").path("template").path("spec");
            this.index = index;
            this.problems = problems;
            this.who = "Deployment/" + module.name();
        }

        void run() {
            JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
            if (!matches(deployment.path("spec").path("selector").path("matchLabels"), labels)) {
                problems.add(who + ": its selector does not select its own pods");
            }
            containers();
            JsonNode container = null;
            for (JsonNode c : pod.path("containers")) {
                if (module.name().equals(c.path("name").asText())) {
                    container = c;
                }
            }
            if (container == null) {
                problems.add(who + ": has no container named " + module.name());
                return;
            }
            Map<String, JsonNode> env = environment(container);
            environment(env);
            ports(container, env);
            database(env);
            kafka(container, env);
            jwt(container, env);
            image(container);
            companions(labels);
            networkPolicy(labels);
        }

        /** Every container and init container: requests, limits, non-root, read-only, no privilege. */
        private void containers() {
            JsonNode podSecurity = pod.path("securityContext");
            if (pod.path("topologySpreadConstraints").isEmpty()) {
                problems.add(who + ": has no topologySpreadConstraints");
            }
            List<JsonNode> all = new ArrayList<>();
            pod.path("containers").forEach(all::add);
            pod.path("initContainers").forEach(all::add);
            for (JsonNode c : all) {
                String name = who + " container " + c.path("name").asText();
                for (String kind : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (c.path("resources").path(kind).path(resource).isMissingNode()) {
                            problems.add(name + ": sets no " + resource + " " + kind);
                        }
                    }
                }
                JsonNode security = c.path("securityContext");
                boolean nonRoot = security.path("runAsNonRoot").asBoolean(podSecurity.path("runAsNonRoot").asBoolean(false));
                if (!nonRoot) {
                    problems.add(name + ": is not runAsNonRoot");
                }
                if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(name + ": must set allowPrivilegeEscalation: false");
                }
                if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(name + ": must set readOnlyRootFilesystem: true");
                }
                boolean dropsAll = false;
                for (JsonNode cap : security.path("capabilities").path("drop")) {
                    dropsAll |= "ALL".equals(cap.asText());
                }
                if (!dropsAll) {
                    problems.add(name + ": must drop ALL capabilities");
                }
                boolean tmp = false;
                for (JsonNode mount : c.path("volumeMounts")) {
                    if ("/tmp".equals(mount.path("mountPath").asText())) {
                        tmp = volume(mount.path("name").asText()).map(v -> v.has("emptyDir")).orElse(false);
                    }
                }
                if (!tmp) {
                    problems.add(name + ": needs an emptyDir at /tmp (Quarkus writes there; the root file system is read-only)");
                }
            }
            String user = pod.path("securityContext").path("runAsUser").asText("");
            Matcher m = DOCKER_USER.matcher(read(module.dockerfile()));
            if (!m.find()) {
                problems.add(project.root.relativize(module.dockerfile()) + ": names no numeric USER");
            } else if (!m.group(1).equals(user)) {
                problems.add(who + ": runAsUser " + user + " is not the image's USER " + m.group(1));
            }
        }

        /** Every variable set must be one the service reads; every variable docker-compose sets must be set. */
        private void environment(Map<String, JsonNode> env) {
            for (String variable : env.keySet()) {
                if (!module.reads(variable) && !kafkaConnectionSetting(variable)) {
                    problems.add(who + ": environment variable " + variable + " is read by none of "
                            + module.configFiles().stream().map(f -> project.root.relativize(f).toString()).toList()
                            + " nor by its Dockerfile, nor is it a Kafka connection setting the services pass to their clients");
                }
            }
            JsonNode composeEnv = compose.path("services").path(module.name()).path("environment");
            for (Iterator<String> it = composeEnv.fieldNames(); it.hasNext(); ) {
                String variable = it.next();
                if (!env.containsKey(variable)) {
                    problems.add(who + ": sets no " + variable + ", which docker-compose.yml sets for " + module.name());
                }
            }
        }

        private void ports(JsonNode container, Map<String, JsonNode> env) {
            Map<String, Integer> ports = new HashMap<>();
            for (JsonNode p : container.path("ports")) {
                ports.put(p.path("name").asText(), p.path("containerPort").asInt());
            }
            Integer http = ports.get("http");
            String port = literal(env, "PORT");
            if (http == null) {
                problems.add(who + ": declares no container port named http");
            } else if (!String.valueOf(http).equals(port)) {
                problems.add(who + ": PORT " + port + " is not its http container port " + http);
            }
            // the health endpoints: on the management interface when the service has one, else on http
            Properties config = merged(module);
            boolean management = config.getProperty("quarkus.management.enabled", "false").matches(".*true.*");
            Integer probePort = http;
            String probePortName = "http";
            if (management) {
                Matcher m = MANAGEMENT_PORT.matcher(config.getProperty("quarkus.management.port", ""));
                String value = literal(env, "MANAGEMENT_PORT");
                Integer declared = ports.get("management");
                if (!m.find()) {
                    problems.add(module.name() + ": quarkus.management.port is not ${MANAGEMENT_PORT:NNNN}");
                } else if (declared == null || !String.valueOf(declared).equals(value)) {
                    problems.add(who + ": MANAGEMENT_PORT " + value + " is not its container port named management ("
                            + declared + "); the service serves health and metrics there");
                }
                probePort = declared;
                probePortName = "management";
            }
            for (String probe : PROBES) {
                String field = probe.substring(0, probe.indexOf(':'));
                String path = probe.substring(probe.indexOf(':') + 1);
                JsonNode get = container.path(field).path("httpGet");
                if (get.isMissingNode()) {
                    problems.add(who + ": has no " + field + " (httpGet " + path + ")");
                    continue;
                }
                if (!path.equals(get.path("path").asText())) {
                    problems.add(who + ": " + field + " asks " + get.path("path").asText() + ", not " + path);
                }
                JsonNode p = get.path("port");
                boolean samePort = p.isInt() ? Objects.equals(p.asInt(), probePort) : probePortName.equals(p.asText());
                if (!samePort) {
                    problems.add(who + ": " + field + " uses port " + p.asText() + "; the health endpoints are on "
                            + probePortName + " (" + probePort + ")");
                }
            }
        }

        private void database(Map<String, JsonNode> env) {
            String name = literal(env, "DB_NAME");
            if (!Objects.equals(name, module.database())) {
                problems.add(who + ": DB_NAME " + name + " is not its own database " + module.database());
                return;
            }
            Optional<JsonNode> cluster = index.all("Cluster").stream()
                    .filter(c -> name.equals(c.path("spec").path("bootstrap").path("initdb").path("database").asText()))
                    .findFirst();
            if (cluster.isEmpty()) {
                problems.add(who + ": no CloudNativePG Cluster creates database " + name);
                return;
            }
            String clusterName = name(cluster.get());
            if (!(clusterName + "-rw").equals(literal(env, "DB_HOST"))) {
                problems.add(who + ": DB_HOST " + literal(env, "DB_HOST") + " is not " + clusterName
                        + "-rw, the read-write service of the cluster holding " + name);
            }
            if (!"5432".equals(literal(env, "DB_PORT"))) {
                problems.add(who + ": DB_PORT " + literal(env, "DB_PORT") + " is not 5432");
            }
            secretKey(env, "DB_USER", clusterName + "-app", "username");
            secretKey(env, "DB_PASSWORD", clusterName + "-app", "password");
        }

        private void kafka(JsonNode container, Map<String, JsonNode> env) {
            List<JsonNode> clusters = index.all("Kafka");
            if (clusters.size() != 1) {
                problems.add("expected one Kafka cluster, found " + clusters.size());
                return;
            }
            JsonNode kafka = clusters.get(0);
            String bootstrap = literal(env, "KAFKA_BOOTSTRAP_SERVERS");
            JsonNode listener = null;
            for (JsonNode l : kafka.path("spec").path("kafka").path("listeners")) {
                if ((name(kafka) + "-kafka-bootstrap:" + l.path("port").asInt()).equals(bootstrap)) {
                    listener = l;
                }
            }
            if (listener == null) {
                problems.add(who + ": KAFKA_BOOTSTRAP_SERVERS " + bootstrap + " is no listener of Kafka " + name(kafka)
                        + " (<cluster>-kafka-bootstrap:<port>)");
                return;
            }
            boolean tls = listener.path("tls").asBoolean(false);
            String auth = listener.path("authentication").path("type").asText("");
            if (!"scram-sha-512".equals(auth)) {
                problems.add("Kafka/" + name(kafka) + ": listener " + listener.path("name").asText()
                        + " must authenticate clients (scram-sha-512), or the KafkaUsers' ACLs protect nothing");
            }
            expect(env, "KAFKA_SECURITY_PROTOCOL", tls ? "SASL_SSL" : "SASL_PLAINTEXT");
            expect(env, "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
            secretKey(env, "KAFKA_SASL_JAAS_CONFIG", module.name(), "sasl.jaas.config");
            expect(env, "EVENTING_CREATE_TOPICS", "false");
            if (tls) {
                expect(env, "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM");
                mountedFile(container, literal(env, "KAFKA_SSL_TRUSTSTORE_LOCATION"), "KAFKA_SSL_TRUSTSTORE_LOCATION",
                        "secret", name(kafka) + "-cluster-ca-cert", "ca.crt");
            }
        }

        private void jwt(JsonNode container, Map<String, JsonNode> env) {
            String location = literal(env, "JWT_PUBLIC_KEY_LOCATION");
            if (location == null || !location.startsWith("file:")) {
                problems.add(who + ": JWT_PUBLIC_KEY_LOCATION " + location
                        + " must be a file: mounted from ConfigMap alliance-jwt (the service may reach no identity provider)");
            } else {
                mountedFile(container, location.substring("file:".length()), "JWT_PUBLIC_KEY_LOCATION", "configMap", null, null);
            }
            if (!env.containsKey("JWT_ISSUER")) {
                problems.add(who + ": sets no JWT_ISSUER");
            }
        }

        private void image(JsonNode container) {
            String image = container.path("image").asText();
            String withoutDigest = image.split("@")[0];
            int colon = withoutDigest.lastIndexOf(':');
            String tag = colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(colon + 1) : "";
            String name = colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
            if (tag.isEmpty() && !image.contains("@")) {
                problems.add(who + ": image " + image + " has no tag (that is latest)");
            } else if ("latest".equals(tag)) {
                problems.add(who + ": image " + image + " uses the latest tag");
            }
            if (!name.endsWith("/" + module.name())) {
                problems.add(who + ": image " + image + " is not the image of " + module.name());
            }
        }

        private void companions(JsonNode labels) {
            Optional<JsonNode> service = index.get("Service", module.name());
            if (service.isEmpty() || !matches(service.get().path("spec").path("selector"), labels)) {
                problems.add(who + ": no Service " + module.name() + " selects its pods");
            } else {
                boolean http = false;
                for (JsonNode p : service.get().path("spec").path("ports")) {
                    http |= "http".equals(p.path("targetPort").asText()) && "http".equals(p.path("name").asText());
                }
                if (!http) {
                    problems.add("Service/" + module.name() + ": needs a port named http targeting the container's http port");
                }
            }
            if (index.all("PodDisruptionBudget").stream()
                    .noneMatch(p -> matches(p.path("spec").path("selector").path("matchLabels"), labels))) {
                problems.add(who + ": no PodDisruptionBudget covers its pods");
            }
            if (index.all("HorizontalPodAutoscaler").stream().noneMatch(h ->
                    "Deployment".equals(h.path("spec").path("scaleTargetRef").path("kind").asText())
                            && module.name().equals(h.path("spec").path("scaleTargetRef").path("name").asText()))) {
                problems.add(who + ": no HorizontalPodAutoscaler scales it");
            }
        }

        /** In: only the API port (and the management port); out: only DNS, the Kafka brokers and its own database. */
        private void networkPolicy(JsonNode labels) {
            List<JsonNode> policies = index.all("NetworkPolicy").stream()
                    .filter(p -> matches(p.path("spec").path("podSelector").path("matchLabels"), labels)).toList();
            if (policies.isEmpty()) {
                problems.add(who + ": no NetworkPolicy selects its pods");
                return;
            }
            String kafkaCluster = index.all("Kafka").stream().findFirst().map(ManifestChecker::name).orElse("");
            String database = index.all("Cluster").stream()
                    .filter(c -> module.database().equals(c.path("spec").path("bootstrap").path("initdb").path("database").asText()))
                    .findFirst().map(ManifestChecker::name).orElse("");
            Set<String> reached = new TreeSet<>();
            for (JsonNode policy : policies) {
                String where = "NetworkPolicy/" + name(policy);
                Set<String> types = new TreeSet<>();
                policy.path("spec").path("policyTypes").forEach(t -> types.add(t.asText()));
                if (!types.containsAll(List.of("Ingress", "Egress"))) {
                    problems.add(where + ": must restrict both Ingress and Egress");
                }
                for (JsonNode rule : policy.path("spec").path("ingress")) {
                    if (rule.path("ports").isEmpty()) {
                        problems.add(where + ": an ingress rule opens every port");
                    }
                    for (JsonNode port : rule.path("ports")) {
                        String p = port.path("port").asText();
                        if (!p.equals("http") && !p.equals("management")) {
                            problems.add(where + ": ingress to port " + p + ", which is neither the API nor the management port");
                        }
                    }
                }
                for (JsonNode rule : policy.path("spec").path("egress")) {
                    Set<String> ports = new TreeSet<>();
                    rule.path("ports").forEach(p -> ports.add(p.path("port").asText()));
                    if (rule.path("to").isEmpty() || ports.isEmpty()) {
                        problems.add(where + ": an egress rule without both a destination and ports opens too much");
                        continue;
                    }
                    for (JsonNode to : rule.path("to")) {
                        JsonNode pods = to.path("podSelector").path("matchLabels");
                        String ns = to.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText("");
                        if (to.has("ipBlock")) {
                            problems.add(where + ": egress to an ipBlock");
                        } else if ("kube-system".equals(ns) && "kube-dns".equals(pods.path("k8s-app").asText())
                                && ports.equals(Set.of("53"))) {
                            reached.add("dns");
                        } else if (!to.has("namespaceSelector") && kafkaCluster.equals(pods.path("strimzi.io/cluster").asText())
                                && "true".equals(pods.path("strimzi.io/broker-role").asText())
                                && ports.equals(Set.of(String.valueOf(kafkaPort(index))))) {
                            reached.add("kafka");
                        } else if (!to.has("namespaceSelector") && !database.isEmpty()
                                && database.equals(pods.path("cnpg.io/cluster").asText()) && ports.equals(Set.of("5432"))) {
                            reached.add("database");
                        } else {
                            problems.add(where + ": egress to " + to + " on " + ports
                                    + " is neither DNS, the Kafka brokers nor " + module.name() + "'s own database");
                        }
                    }
                }
            }
            for (String needed : List.of("dns", "kafka", "database")) {
                if (!reached.contains(needed)) {
                    problems.add(who + ": its NetworkPolicy lets it reach no " + needed);
                }
            }
        }

        private Map<String, JsonNode> environment(JsonNode container) {
            Map<String, JsonNode> env = new LinkedHashMap<>();
            for (JsonNode from : container.path("envFrom")) {
                String configMap = from.path("configMapRef").path("name").asText("");
                Optional<JsonNode> cm = index.get("ConfigMap", configMap);
                if (from.has("secretRef")) {
                    problems.add(who + ": envFrom a Secret hides which variables it sets; name each one");
                } else if (cm.isEmpty()) {
                    problems.add(who + ": envFrom ConfigMap " + configMap + " is not among the manifests");
                } else {
                    cm.get().path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue()));
                }
            }
            for (JsonNode e : container.path("env")) {
                env.put(e.path("name").asText(), e.has("valueFrom") ? e.path("valueFrom") : e.path("value"));
            }
            return env;
        }

        private String literal(Map<String, JsonNode> env, String name) {
            JsonNode value = env.get(name);
            return value == null || !value.isValueNode() ? null : value.asText();
        }

        private void expect(Map<String, JsonNode> env, String name, String value) {
            if (!value.equals(literal(env, name))) {
                problems.add(who + ": " + name + " must be " + value + ", is " + literal(env, name));
            }
        }

        private void secretKey(Map<String, JsonNode> env, String name, String secret, String key) {
            JsonNode ref = env.getOrDefault(name, com.fasterxml.jackson.databind.node.MissingNode.getInstance()).path("secretKeyRef");
            if (!secret.equals(ref.path("name").asText()) || !key.equals(ref.path("key").asText())) {
                problems.add(who + ": " + name + " must come from key " + key + " of Secret " + secret + ", not " + env.get(name));
            }
        }

        /** {@code path} must be a file a volume of the given kind (and name and key, when given) mounts. */
        private void mountedFile(JsonNode container, String path, String variable, String kind, String source, String key) {
            for (JsonNode mount : container.path("volumeMounts")) {
                String dir = mount.path("mountPath").asText().replaceAll("/$", "") + "/";
                if (path == null || !path.startsWith(dir)) {
                    continue;
                }
                String file = path.substring(dir.length());
                Optional<JsonNode> volume = volume(mount.path("name").asText());
                JsonNode from = volume.map(v -> v.path(kind)).orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
                String fromName = from.path("secret".equals(kind) ? "secretName" : "name").asText("");
                boolean hasFile = false;
                for (JsonNode item : from.path("items")) {
                    hasFile |= file.equals(item.path("path").asText()) && (key == null || key.equals(item.path("key").asText()));
                }
                if (from.isMissingNode() || (source != null && !source.equals(fromName)) || !hasFile) {
                    problems.add(who + ": " + variable + " " + path + " is not a file of the " + kind + " "
                            + (source == null ? "" : source + " ") + "mounted at " + dir);
                }
                return;
            }
            problems.add(who + ": " + variable + " " + path + " is in no mounted volume");
        }

        private Optional<JsonNode> volume(String name) {
            for (JsonNode v : pod.path("volumes")) {
                if (name.equals(v.path("name").asText())) {
                    return Optional.of(v);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A KAFKA_* variable the services do read although no configuration file names it: Quarkus hands
     * every kafka.* setting (KAFKA_SASL_MECHANISM is kafka.sasl.mechanism) to the eventing library,
     * which keeps the connection settings for its clients (KafkaClients.connection).
     */
    static boolean kafkaConnectionSetting(String variable) {
        if (!variable.startsWith("KAFKA_")) {
            return false;
        }
        String key = variable.substring("KAFKA_".length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        if (!org.apache.kafka.clients.admin.AdminClientConfig.configNames().contains(key)) {
            return false;
        }
        return KafkaClients.connection(Map.of(key, "x", "bootstrap.servers", "x")).containsKey(key);
    }

    private static int kafkaPort(Index index) {
        for (JsonNode kafka : index.all("Kafka")) {
            for (JsonNode l : kafka.path("spec").path("kafka").path("listeners")) {
                if (l.path("authentication").has("type")) {
                    return l.path("port").asInt();
                }
            }
        }
        return -1;
    }

    // --- Kafka --------------------------------------------------------------------------------------

    private void checkTopics(Index index, List<String> problems) {
        Map<String, JsonNode> topics = new LinkedHashMap<>();
        for (JsonNode t : index.all("KafkaTopic")) {
            String topic = t.path("spec").path("topicName").asText(name(t));
            if (topics.put(topic, t) != null) {
                problems.add("two KafkaTopics name topic " + topic);
            }
        }
        Set<String> expected = contract.topicsInUse();
        for (String topic : expected) {
            if (!topics.containsKey(topic)) {
                problems.add("topic " + topic + " of contracts/events/asyncapi.yaml has no KafkaTopic");
            }
        }
        int brokers = brokers(index);
        for (Map.Entry<String, JsonNode> e : topics.entrySet()) {
            String topic = e.getKey();
            JsonNode spec = e.getValue().path("spec");
            String who = "KafkaTopic " + topic;
            if (!expected.contains(topic)) {
                problems.add(who + ": no built operation of contracts/events/asyncapi.yaml uses it");
                continue;
            }
            EventContract.TopicBinding binding = contract.binding(topic);
            JsonNode config = spec.path("config");
            if (spec.path("partitions").asInt() != binding.partitions()) {
                problems.add(who + ": partitions " + spec.path("partitions").asText() + ", the contract says " + binding.partitions());
            }
            if (!binding.cleanupPolicy().equals(config.path("cleanup.policy").asText())) {
                problems.add(who + ": cleanup.policy " + config.path("cleanup.policy").asText() + ", the contract says "
                        + binding.cleanupPolicy());
            }
            Long retention = config.has("retention.ms") ? config.path("retention.ms").asLong() : null;
            if (!Objects.equals(retention, binding.retentionMs())) {
                problems.add(who + ": retention.ms " + retention + ", the contract says " + binding.retentionMs());
            }
            ownerSettings(topic, spec, problems);
            int replicas = spec.path("replicas").asInt();
            if (replicas != Math.min(3, brokers)) {
                problems.add(who + ": replicas " + replicas + " with " + brokers + " brokers; expected " + Math.min(3, brokers));
            }
            int minInsync = config.path("min.insync.replicas").asInt(-1);
            if (minInsync != (replicas >= 3 ? 2 : 1)) {
                problems.add(who + ": min.insync.replicas " + minInsync + " with " + replicas
                        + " replicas; the services' rule (TopicSpec) is 2 from three replicas, else 1");
            }
        }
    }

    /** The settings the owning service would create the topic with locally (alliance.eventing.topics."t".*). */
    private void ownerSettings(String topic, JsonNode spec, List<String> problems) {
        Properties eventingDefaults = ProjectConfig.load(project.root.resolve(
                "services/eventing/src/main/resources/META-INF/microprofile-config.properties"));
        for (EventContract.Operation op : contract.operations()) {
            if (!op.send() || !op.topic().equals(topic) || !modules.containsKey(op.service())) {
                continue;
            }
            Properties config = merged(modules.get(op.service()));
            String prefix = "alliance.eventing.topics.\"" + topic + "\".";
            boolean compacted = Boolean.parseBoolean(config.getProperty(prefix + "compacted", "false"));
            String policy = spec.path("config").path("cleanup.policy").asText();
            if (compacted != "compact".equals(policy)) {
                problems.add("KafkaTopic " + topic + ": cleanup.policy " + policy + " but " + op.service()
                        + (compacted ? " compacts it" : " does not compact it"));
            }
            String partitions = defaultOf(config.getProperty(prefix + "partitions",
                    eventingDefaults.getProperty("alliance.eventing.topic-defaults.partitions")));
            if (!partitions.equals(spec.path("partitions").asText())) {
                problems.add("KafkaTopic " + topic + ": partitions " + spec.path("partitions").asText() + " but "
                        + op.service() + " creates it with " + partitions);
            }
            if (!compacted) {
                String retention = config.getProperty(prefix + "retention", "7d");
                long ms = duration(retention);
                if (ms != spec.path("config").path("retention.ms").asLong()) {
                    problems.add("KafkaTopic " + topic + ": retention.ms " + spec.path("config").path("retention.ms").asText()
                            + " but " + op.service() + " keeps it " + retention);
                }
            }
        }
        if (topic.endsWith(".dlq")) {
            String partitions = defaultOf(eventingDefaults.getProperty("alliance.eventing.dead-letter.partitions"));
            if (!partitions.equals(spec.path("partitions").asText())) {
                problems.add("KafkaTopic " + topic + ": partitions " + spec.path("partitions").asText()
                        + " but the services create dead-letter topics with " + partitions);
            }
        }
    }

    private void checkUsers(Index index, List<String> problems) {
        Map<String, List<EventContract.Operation>> byService = contract.byService();
        for (ProjectConfig.Service module : modules.values()) {
            Optional<JsonNode> user = index.get("KafkaUser", module.name());
            if (user.isEmpty()) {
                problems.add("services/" + module.name() + " has no KafkaUser of that name");
                continue;
            }
            Set<String> expected = expectedAcls(module, byService.getOrDefault(module.name(), List.of()));
            Set<String> actual = new TreeSet<>();
            for (JsonNode acl : user.get().path("spec").path("authorization").path("acls")) {
                JsonNode r = acl.path("resource");
                for (JsonNode op : acl.path("operations")) {
                    actual.add(r.path("type").asText() + " " + r.path("name").asText() + " " + r.path("patternType").asText("literal")
                            + " " + op.asText() + " " + acl.path("type").asText("allow") + " host=" + acl.path("host").asText("*"));
                }
            }
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            Set<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            if (!missing.isEmpty()) {
                problems.add("KafkaUser/" + module.name() + ": lacks ACLs " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add("KafkaUser/" + module.name() + ": has ACLs its AsyncAPI operations and consumers do not need " + extra);
            }
            String kind = user.get().path("spec").path("authentication").path("type").asText();
            if (!"scram-sha-512".equals(kind)) {
                problems.add("KafkaUser/" + module.name() + ": authentication " + kind + ", the listener expects scram-sha-512");
            }
        }
        for (JsonNode user : index.all("KafkaUser")) {
            if (!modules.containsKey(name(user))) {
                problems.add(Kustomize.describe(user) + ": belongs to no service module");
            }
        }
    }

    /** Write on what it publishes, Read on what it consumes and Write on its dead letters, Read on its groups. */
    Set<String> expectedAcls(ProjectConfig.Service module, List<EventContract.Operation> operations) {
        Set<String> acls = new TreeSet<>();
        for (EventContract.Operation op : operations) {
            if (op.send()) {
                acls.add("topic " + op.topic() + " literal Write allow host=*");
                acls.add("topic " + op.topic() + " literal Describe allow host=*");
            } else {
                acls.add("topic " + op.topic() + " literal Read allow host=*");
                acls.add("topic " + op.topic() + " literal Describe allow host=*");
                acls.add("topic " + EventContract.deadLetterOf(op.topic()) + " literal Write allow host=*");
                acls.add("topic " + EventContract.deadLetterOf(op.topic()) + " literal Describe allow host=*");
            }
        }
        for (String group : consumerNames(module)) {
            acls.add("group " + group + " literal Read allow host=*");
        }
        return acls;
    }

    /** The consumer groups a service joins: the consumerName() of each of its EventHandlers. */
    Set<String> consumerNames(ProjectConfig.Service module) {
        Set<String> names = new TreeSet<>();
        for (Path file : javaSources(module)) {
            String source = read(file);
            if (source.contains("implements EventHandler")) {
                Matcher m = CONSUMER_NAME.matcher(source);
                if (!m.find()) {
                    throw new IllegalStateException(file + " implements EventHandler but its consumerName() returns no literal");
                }
                names.add(m.group(1));
            }
        }
        return names;
    }

    // --- PostgreSQL, ingress, references ------------------------------------------------------------

    private void checkDatabases(Index index, List<String> problems) {
        Set<String> databases = new TreeSet<>();
        for (JsonNode cluster : index.all("Cluster")) {
            JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
            databases.add(initdb.path("database").asText());
            if (!initdb.path("database").asText().equals(initdb.path("owner").asText())) {
                problems.add("Cluster/" + name(cluster) + ": owner " + initdb.path("owner").asText()
                        + " should be named after its database " + initdb.path("database").asText());
            }
            String image = cluster.path("spec").path("imageName").asText("");
            if (image.isEmpty() || !image.matches(".*:[0-9][^:]*$")) {
                problems.add("Cluster/" + name(cluster) + ": imageName " + image + " pins no PostgreSQL version");
            }
        }
        Set<String> needed = new TreeSet<>();
        modules.values().forEach(m -> needed.add(m.database()));
        if (!databases.equals(needed)) {
            problems.add("the CloudNativePG clusters create databases " + databases + "; the services use " + needed);
        }
        for (JsonNode pooler : index.all("Pooler")) {
            if (!"session".equals(pooler.path("spec").path("pgbouncer").path("poolMode").asText("session"))) {
                problems.add("Pooler/" + name(pooler) + ": the outbox relay LISTENs, which needs poolMode session");
            }
        }
    }

    private void checkIngress(Index index, List<String> problems) {
        List<JsonNode> ingresses = index.all("Ingress");
        if (ingresses.isEmpty()) {
            problems.add("no Ingress: the APIs cannot be reached from outside");
        }
        Map<String, List<String>> routed = new HashMap<>();
        for (JsonNode ingress : ingresses) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    String p = path.path("path").asText();
                    String service = path.path("backend").path("service").path("name").asText();
                    String port = path.path("backend").path("service").path("port").path("name").asText();
                    String where = "Ingress/" + name(ingress) + " " + rule.path("host").asText() + p;
                    // the console's static pages are the one public path besides the APIs
                    if (!p.startsWith("/api/") && !p.equals("/console")) {
                        problems.add(where + ": routes a path outside /api/ and /console (health, metrics and OpenAPI stay inside)");
                    }
                    Optional<JsonNode> svc = index.get("Service", service);
                    boolean hasPort = svc.isPresent() && Stream.of(svc.get().path("spec").path("ports"))
                            .flatMap(ps -> java.util.stream.StreamSupport.stream(ps.spliterator(), false))
                            .anyMatch(sp -> port.equals(sp.path("name").asText()));
                    if (!hasPort) {
                        problems.add(where + ": backend " + service + ":" + port + " is no Service port of the manifests");
                    }
                    routed.computeIfAbsent(service, s -> new ArrayList<>()).add(p);
                }
            }
        }
        for (ProjectConfig.Service module : modules.values()) {
            List<String> prefixes = routed.getOrDefault(module.name(), List.of());
            for (Path file : javaSources(module)) {
                Matcher m = RESOURCE_PATH.matcher(read(file));
                while (m.find()) {
                    String resource = m.group(1);
                    if (prefixes.stream().noneMatch(p -> resource.equals(p) || resource.startsWith(p.replaceAll("/$", "") + "/"))) {
                        problems.add(module.name() + ": resource " + resource + " (" + file.getFileName()
                                + ") is not reachable through the Ingress, which routes " + prefixes + " to it");
                    }
                }
            }
        }
    }

    /** Every Secret and ConfigMap a pod names exists among the manifests, is made by an operator, or is listed as made by hand. */
    private void checkReferences(List<ObjectNode> objects, Index index, List<String> problems) {
        Set<String> handmade = handmade();
        Set<String> operatorMade = new TreeSet<>();
        index.all("Cluster").forEach(c -> operatorMade.add("Secret " + name(c) + "-app"));
        index.all("KafkaUser").forEach(u -> operatorMade.add("Secret " + name(u)));
        index.all("Kafka").forEach(k -> operatorMade.add("Secret " + name(k) + "-cluster-ca-cert"));
        List<String[]> references = new ArrayList<>();
        for (JsonNode object : objects) {
            collectReferences(object, Kustomize.describe(object), references);
        }
        for (String[] ref : references) {
            String key = ref[1] + " " + ref[2];
            if (index.get(ref[1], ref[2]).isEmpty() && !operatorMade.contains(key) && !handmade.contains(key)) {
                problems.add(ref[0] + ": names " + key + ", which is neither among the manifests, made by an operator,"
                        + " nor listed in deploy/k8s/README.md \"" + HANDMADE_HEADING.substring(3) + "\"");
            }
        }
    }

    private static void collectReferences(JsonNode node, String where, List<String[]> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                switch (e.getKey()) {
                    case "secretKeyRef", "secretRef" -> out.add(new String[] {where, "Secret", v.path("name").asText()});
                    case "configMapKeyRef", "configMapRef" -> out.add(new String[] {where, "ConfigMap", v.path("name").asText()});
                    case "secret" -> {
                        if (v.has("secretName")) {
                            out.add(new String[] {where, "Secret", v.path("secretName").asText()});
                        }
                    }
                    case "configMap" -> {
                        if (v.has("name")) {
                            out.add(new String[] {where, "ConfigMap", v.path("name").asText()});
                        }
                    }
                    case "tls" -> v.forEach(t -> {
                        if (t.has("secretName")) {
                            out.add(new String[] {where, "Secret", t.path("secretName").asText()});
                        }
                    });
                    default -> { }
                }
                if (e.getKey().equals("s3Credentials") || e.getKey().equals("azureCredentials") || e.getKey().equals("googleCredentials")) {
                    v.forEach(cred -> {
                        if (cred.has("name") && cred.has("key")) {
                            out.add(new String[] {where, "Secret", cred.path("name").asText()});
                        }
                    });
                }
                collectReferences(v, where, out);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectReferences(n, where, out));
        }
    }

    /** "Secret name" and "ConfigMap name" rows of the runbook's table of objects the operator makes by hand. */
    Set<String> handmade() {
        Set<String> names = new TreeSet<>();
        boolean inSection = false;
        for (String line : ProjectConfig.lines(project.root.resolve("deploy/k8s/README.md"))) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith(HANDMADE_HEADING);
            } else if (inSection) {
                Matcher m = HANDMADE_ROW.matcher(line);
                if (m.find()) {
                    names.add(m.group(1) + " " + m.group(2));
                }
            }
        }
        return names;
    }

    // --- helpers ------------------------------------------------------------------------------------

    static int brokers(Index index) {
        int brokers = 0;
        for (JsonNode pool : index.all("KafkaNodePool")) {
            for (JsonNode role : pool.path("spec").path("roles")) {
                if ("broker".equals(role.asText())) {
                    brokers += pool.path("spec").path("replicas").asInt();
                }
            }
        }
        return brokers;
    }

    /** A service's configuration, its own file winning over its libraries'. */
    static Properties merged(ProjectConfig.Service module) {
        Properties merged = new Properties();
        List<Path> files = new ArrayList<>(module.configFiles());
        java.util.Collections.reverse(files);
        for (Path file : files) {
            merged.putAll(ProjectConfig.load(file));
        }
        return merged;
    }

    /** {@code ${NAME:3}} is 3; a plain value is itself. */
    private static String defaultOf(String value) {
        Matcher m = Pattern.compile("^\\$\\{[A-Z_]+:([^}]*)}$").matcher(value == null ? "" : value.trim());
        return m.matches() ? m.group(1) : String.valueOf(value).trim();
    }

    /** Quarkus' duration syntax as these files use it (365d, 30d, -1s), in milliseconds; negative is -1 (for ever). */
    static long duration(String value) {
        Matcher m = Pattern.compile("^(-?\\d+)(ms|s|m|h|d)$").matcher(value.trim());
        if (!m.matches()) {
            return Duration.parse(value.trim()).toMillis();
        }
        long n = Long.parseLong(m.group(1));
        if (n < 0) {
            return -1;
        }
        return switch (m.group(2)) {
            case "ms" -> n;
            case "s" -> Duration.ofSeconds(n).toMillis();
            case "m" -> Duration.ofMinutes(n).toMillis();
            case "h" -> Duration.ofHours(n).toMillis();
            default -> Duration.ofDays(n).toMillis();
        };
    }

    private static boolean matches(JsonNode selector, JsonNode labels) {
        if (selector == null || !selector.isObject() || selector.isEmpty()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    private static List<Path> javaSources(ProjectConfig.Service module) {
        Path src = module.dir().resolve("src/main/java");
        if (!Files.isDirectory(src)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(src)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The rendered objects by kind and name. */
    static final class Index {
        private final List<ObjectNode> objects;

        Index(List<ObjectNode> objects) {
            this.objects = objects;
        }

        List<JsonNode> all(String kind) {
            return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).map(o -> (JsonNode) o).toList();
        }

        Optional<JsonNode> get(String kind, String name) {
            return all(kind).stream().filter(o -> name.equals(name(o))).findFirst();
        }
    }
}
