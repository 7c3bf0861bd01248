package org.alliance.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a parsed docker-compose.yml with the repository's real configuration and lists every
 * disagreement as a sentence naming the compose service and what to fix. An empty list means the file
 * and the services agree.
 */
final class ComposeChecker {

    static final String INIT_SCRIPT_MOUNT = "/docker-entrypoint-initdb.d/";
    static final String KEYCLOAK_IMPORT_MOUNT = "/opt/keycloak/data/import/";
    private static final Pattern JWKS_URL =
            Pattern.compile("http://([a-z0-9-]+):(\\d+)/realms/([A-Za-z0-9_-]+)/protocol/openid-connect/certs");

    private final ProjectConfig project;
    private final ObjectMapper json = new ObjectMapper();

    ComposeChecker(ProjectConfig project) {
        this.project = project;
    }

    List<String> problems(JsonNode compose) {
        List<String> problems = new ArrayList<>();
        JsonNode services = compose.path("services");
        Map<String, ProjectConfig.Service> modules = project.services();

        for (String module : modules.keySet()) {
            if (!services.has(module)) {
                problems.add("service module services/" + module + " has no service of that name in docker-compose.yml");
            }
        }

        Set<String> serviceDatabases = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            JsonNode service = entry.getValue();
            if (!service.has("healthcheck") || service.path("healthcheck").path("disable").asBoolean(false)) {
                problems.add(name + ": has no healthcheck, so nothing can depend on it being healthy");
            }
            checkDependsOn(name, service, services, problems);
            checkBindMounts(name, service, problems);
            if (service.has("build")) {
                ProjectConfig.Service module = modules.get(name);
                if (module == null) {
                    problems.add(name + ": is built from source but services/" + name + " is no Quarkus service module");
                    continue;
                }
                checkService(name, service, module, compose, problems);
                String database = environment(service).get("DB_NAME");
                if (database != null) {
                    serviceDatabases.add(database);
                }
            } else if (modules.containsKey(name)) {
                problems.add(name + ": must be built from services/" + name + " (build: context and dockerfile)");
            }
        }

        Optional<Path> initScript = initScript(services);
        if (initScript.isEmpty()) {
            problems.add("no postgres service mounts an init script into " + INIT_SCRIPT_MOUNT);
        } else {
            Set<String> created = project.initScriptDatabases(initScript.get());
            if (!created.equals(serviceDatabases)) {
                problems.add(project.root.relativize(initScript.get()) + " creates databases " + created
                        + " but the services' DB_NAME values are " + serviceDatabases);
            }
        }
        return problems;
    }

    private void checkService(String name, JsonNode service, ProjectConfig.Service module, JsonNode compose,
            List<String> problems) {
        JsonNode build = service.path("build");
        String context = build.isTextual() ? build.asText() : build.path("context").asText("");
        String dockerfile = build.path("dockerfile").asText("Dockerfile");
        Path contextDir = project.root.resolve(context).normalize();
        if (!contextDir.equals(module.dir().normalize())) {
            problems.add(name + ": build context " + context + " is not services/" + name);
        }
        if (!Files.exists(contextDir.resolve(dockerfile))) {
            problems.add(name + ": Dockerfile " + context + "/" + dockerfile + " does not exist");
        }
        if (!Files.exists(module.dockerfile())) {
            problems.add(name + ": services/" + name + "/src/main/docker/Dockerfile.jvm does not exist");
        } else if (!contextDir.resolve(dockerfile).normalize().equals(module.dockerfile().normalize())) {
            problems.add(name + ": builds with " + dockerfile + " instead of src/main/docker/Dockerfile.jvm");
        }

        Map<String, String> env = environment(service);

        // the port: PORT when the compose file sets it, else the service's own default
        int port = module.defaultPort();
        if (env.containsKey("PORT")) {
            try {
                port = Integer.parseInt(env.get("PORT"));
            } catch (NumberFormatException e) {
                problems.add(name + ": PORT is not a number: " + env.get("PORT"));
            }
            if (port != module.defaultPort()) {
                problems.add(name + ": PORT " + port + " differs from the service's own quarkus.http.port=${PORT:"
                        + module.defaultPort() + "}");
            }
        }
        List<int[]> ports = ports(service);
        if (ports.stream().noneMatch(p -> p[1] == module.defaultPort() && p[0] == module.defaultPort())) {
            problems.add(name + ": ports must publish " + module.defaultPort() + ":" + module.defaultPort()
                    + " (quarkus.http.port=${PORT:" + module.defaultPort() + "}); found " + describe(ports));
        }
        if (!module.exposedPorts().isEmpty() && !module.exposedPorts().contains(port)) {
            problems.add(name + ": its Dockerfile.jvm exposes " + module.exposedPorts() + ", not " + port);
        }
        // health answers on the management port (quarkus.management.port=${MANAGEMENT_PORT:NNNN}), never on the API port
        int management = module.defaultManagementPort();
        if (env.containsKey("MANAGEMENT_PORT") && !String.valueOf(management).equals(env.get("MANAGEMENT_PORT"))) {
            problems.add(name + ": MANAGEMENT_PORT " + env.get("MANAGEMENT_PORT")
                    + " differs from the service's own quarkus.management.port=${MANAGEMENT_PORT:" + management + "}");
        }
        String health = healthcheck(service);
        if (!health.contains("localhost:" + management + "/q/health/ready") && !health.contains("127.0.0.1:" + management + "/q/health/ready")) {
            problems.add(name + ": the healthcheck must ask its management port, http://localhost:" + management
                    + "/q/health/ready; it runs: " + health);
        }

        // every variable must be one the service's configuration (or its image's launcher) reads
        for (String variable : env.keySet()) {
            if (!module.reads(variable)) {
                problems.add(name + ": environment variable " + variable + " is read by none of "
                        + module.configFiles().stream().map(f -> project.root.relativize(f).toString()).toList()
                        + " (neither as ${" + variable + ":...} nor as a property by the standard name mapping)"
                        + " nor by its Dockerfile");
            }
        }

        String database = env.get("DB_NAME");
        if (database == null) {
            problems.add(name + ": sets no DB_NAME (its database is " + module.database() + ")");
        } else if (!database.equals(module.database())) {
            problems.add(name + ": DB_NAME " + database + " is not its own database " + module.database()
                    + " (alliance.database in its application.properties)");
        }

        Set<String> needs = new LinkedHashSet<>();
        String dbHost = env.get("DB_HOST");
        if (dbHost == null) {
            problems.add(name + ": sets no DB_HOST");
        } else if (!compose.path("services").has(dbHost)
                || !compose.path("services").path(dbHost).path("image").asText("").startsWith("postgres")) {
            problems.add(name + ": DB_HOST " + dbHost + " is no postgres service of this file");
        } else {
            needs.add(dbHost);
            String dbPort = env.getOrDefault("DB_PORT", "5432");
            if (!"5432".equals(dbPort)) {
                problems.add(name + ": DB_PORT " + dbPort + " is not the port PostgreSQL listens on in its container (5432)");
            }
        }

        String bootstrap = env.get("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap == null) {
            problems.add(name + ": sets no KAFKA_BOOTSTRAP_SERVERS");
        } else {
            for (String server : bootstrap.split(",")) {
                String host = server.trim().replaceAll(":\\d+$", "");
                JsonNode broker = compose.path("services").path(host);
                String advertised = environment(broker).getOrDefault("KAFKA_ADVERTISED_LISTENERS", "");
                if (broker.isMissingNode() || !advertised.contains("//" + server.trim())) {
                    problems.add(name + ": KAFKA_BOOTSTRAP_SERVERS " + server.trim()
                            + " is no listener that a kafka service of this file advertises (" + advertised + ")");
                } else {
                    needs.add(host);
                }
            }
        }

        checkJwt(name, env, compose, needs, problems);

        JsonNode dependsOn = service.path("depends_on");
        for (String needed : needs) {
            if (!dependsOn.has(needed)) {
                problems.add(name + ": uses " + needed + " but does not depend on it (depends_on: " + needed
                        + ": condition: service_healthy)");
            }
        }
    }

    private void checkJwt(String name, Map<String, String> env, JsonNode compose, Set<String> needs, List<String> problems) {
        String location = env.get("JWT_PUBLIC_KEY_LOCATION");
        String issuer = env.get("JWT_ISSUER");
        if (location == null || issuer == null) {
            problems.add(name + ": must set JWT_PUBLIC_KEY_LOCATION (the identity provider's JWKS) and JWT_ISSUER;"
                    + " otherwise it trusts the bundled development key");
            return;
        }
        Matcher m = JWKS_URL.matcher(location);
        if (!m.matches()) {
            problems.add(name + ": JWT_PUBLIC_KEY_LOCATION " + location
                    + " is not a realm's JWKS URL (http://<keycloak service>:<port>/realms/<realm>/protocol/openid-connect/certs)");
            return;
        }
        String host = m.group(1);
        int port = Integer.parseInt(m.group(2));
        String realm = m.group(3);
        JsonNode keycloak = compose.path("services").path(host);
        if (keycloak.isMissingNode() || !keycloak.path("image").asText("").contains("keycloak")) {
            problems.add(name + ": JWT_PUBLIC_KEY_LOCATION names " + host + ", which is no keycloak service of this file");
            return;
        }
        needs.add(host);
        if (ports(keycloak).stream().noneMatch(p -> p[1] == port)) {
            problems.add(name + ": JWT_PUBLIC_KEY_LOCATION uses port " + port + ", on which " + host + " does not listen "
                    + describe(ports(keycloak)));
        }
        Optional<JsonNode> realmFile = realm(keycloak);
        String realmName = realmFile.map(r -> r.path("realm").asText()).orElse(null);
        if (!realm.equals(realmName)) {
            problems.add(name + ": JWT_PUBLIC_KEY_LOCATION names realm " + realm + " but " + host + " imports realm " + realmName);
        }
        String hostname = environment(keycloak).get("KC_HOSTNAME");
        String expectedIssuer = (hostname == null ? "http://" + host + ":" + port : hostname.replaceAll("/$", ""))
                + "/realms/" + realm;
        if (!issuer.equals(expectedIssuer)) {
            problems.add(name + ": JWT_ISSUER " + issuer + " is not the issuer " + host + " writes into its tokens ("
                    + expectedIssuer + ")");
        }
    }

    private static void checkDependsOn(String name, JsonNode service, JsonNode services, List<String> problems) {
        JsonNode dependsOn = service.path("depends_on");
        if (dependsOn.isArray()) {
            problems.add(name + ": depends_on must use the long form with condition: service_healthy");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = dependsOn.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> dependency = it.next();
            if (!"service_healthy".equals(dependency.getValue().path("condition").asText())) {
                problems.add(name + ": depends_on " + dependency.getKey() + " must have condition: service_healthy");
            }
            if (!services.has(dependency.getKey())) {
                problems.add(name + ": depends on " + dependency.getKey() + ", which is no service of this file");
            }
        }
    }

    private void checkBindMounts(String name, JsonNode service, List<String> problems) {
        for (JsonNode volume : service.path("volumes")) {
            String source = volume.isTextual() ? volume.asText().split(":")[0] : volume.path("source").asText("");
            if ((source.startsWith("./") || source.startsWith("../")) && !Files.exists(project.root.resolve(source))) {
                problems.add(name + ": mounts " + source + ", which does not exist");
            }
        }
    }

    private Optional<Path> initScript(JsonNode services) {
        for (JsonNode service : services) {
            if (service.path("image").asText("").startsWith("postgres")) {
                Optional<Path> script = mountedFile(service, INIT_SCRIPT_MOUNT);
                if (script.isPresent()) {
                    return script;
                }
            }
        }
        return Optional.empty();
    }

    /** The realm file the keycloak service imports, parsed. */
    Optional<JsonNode> realm(JsonNode keycloak) {
        return mountedFile(keycloak, KEYCLOAK_IMPORT_MOUNT).filter(Files::exists).map(file -> {
            try {
                return json.readTree(file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot parse " + file, e);
            }
        });
    }

    private Optional<Path> mountedFile(JsonNode service, String targetPrefix) {
        for (JsonNode volume : service.path("volumes")) {
            String source;
            String target;
            if (volume.isTextual()) {
                String[] parts = volume.asText().split(":");
                if (parts.length < 2) {
                    continue;
                }
                source = parts[0];
                target = parts[1];
            } else {
                source = volume.path("source").asText("");
                target = volume.path("target").asText("");
            }
            if (target.startsWith(targetPrefix) && source.startsWith(".")) {
                return Optional.of(project.root.resolve(source).normalize());
            }
        }
        return Optional.empty();
    }

    /** A service's environment as a map, from either the mapping or the list form. */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode environment = service.path("environment");
        if (environment.isArray()) {
            for (JsonNode item : environment) {
                String[] kv = item.asText().split("=", 2);
                env.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = environment.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                env.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText());
            }
        }
        return env;
    }

    /** Published and container ports as {published, target}; published is 0 when not published. */
    static List<int[]> ports(JsonNode service) {
        List<int[]> ports = new ArrayList<>();
        for (JsonNode port : service.path("ports")) {
            if (port.isObject()) {
                ports.add(new int[] {port.path("published").asInt(0), port.path("target").asInt()});
            } else {
                String[] parts = port.asText().replaceAll("/(tcp|udp)$", "").split(":");
                int target = Integer.parseInt(parts[parts.length - 1]);
                int published = parts.length > 1 ? Integer.parseInt(parts[parts.length - 2]) : 0;
                ports.add(new int[] {published, target});
            }
        }
        return ports;
    }

    private static String describe(List<int[]> ports) {
        return ports.stream().map(p -> p[0] + ":" + p[1]).toList().toString();
    }

    private static String healthcheck(JsonNode service) {
        JsonNode test = service.path("healthcheck").path("test");
        if (test.isArray()) {
            List<String> parts = new ArrayList<>();
            test.forEach(t -> parts.add(t.asText()));
            return String.join(" ", parts);
        }
        return test.asText("");
    }
}
