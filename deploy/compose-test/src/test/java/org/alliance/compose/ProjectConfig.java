package org.alliance.compose;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the repository itself says about each service, read from the sources docker-compose.yml must
 * agree with: its port ({@code quarkus.http.port=${PORT:NNNN}}), its database
 * ({@code alliance.database}), every environment variable its configuration reads, and its
 * Dockerfile. deploy/k8s-test reads the services through it too (this module's test-jar).
 */
public final class ProjectConfig {

    private static final Pattern HTTP_PORT = Pattern.compile("\\$\\{PORT:(\\d+)}");
    /** {@code ${NAME:default}} or {@code ${NAME}} where NAME has the shape of an environment variable. */
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)[:}]");
    private static final Pattern DOCKER_ENV = Pattern.compile("^ENV\\s+([A-Za-z_][A-Za-z0-9_]*)[=\\s]");
    /** {@code # - NAME: ...}: the variables the base image's launcher reads, as the Dockerfile documents them. */
    private static final Pattern DOCKER_DOCUMENTED_ENV = Pattern.compile("^#\\s*-\\s*([A-Z_][A-Z0-9_]*):");
    private static final Pattern MANAGEMENT_PORT = Pattern.compile("\\$\\{MANAGEMENT_PORT:(\\d+)}");
    private static final Pattern DOCKER_EXPOSE = Pattern.compile("^EXPOSE\\s+(.+)$");
    private static final Pattern CREATE_DATABASE = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?([A-Za-z0-9_]+)\"?");
    private static final Pattern ROLE_CONSTANT = Pattern.compile("public\\s+static\\s+final\\s+String\\s+\\w+\\s*=\\s*\"([^\"]+)\"");

    /** One Quarkus service module and the configuration it runs with. */
    public record Service(String name, Path dir, int defaultPort, int defaultManagementPort, String database, Set<String> environmentVariables,
            Set<String> properties, Path dockerfile, Set<String> dockerfileVariables, Set<Integer> exposedPorts,
            List<Path> configFiles) {

        /** Whether the service's configuration or its image reads environment variable {@code name}. */
        public boolean reads(String name) {
            return environmentVariables.contains(name) || dockerfileVariables.contains(name)
                    || properties.stream().anyMatch(p -> environmentName(p).equals(name));
        }
    }

    public final Path root;
    private final Map<String, Path> modulesByArtifactId = new TreeMap<>();

    public ProjectConfig(Path root) {
        this.root = root;
        for (Path pom : list(root.resolve("services"), "pom.xml")) {
            modulesByArtifactId.put(artifactId(pom), pom.getParent());
        }
    }

    /** The project root: system property alliance.project.root (set by the root pom), else the folder holding .mvn. */
    public static Path locateRoot() {
        String configured = System.getProperty("alliance.project.root");
        if (configured != null && !configured.isBlank() && Files.exists(Path.of(configured, "docker-compose.yml"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn")) && Files.exists(dir.resolve("docker-compose.yml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the project root: set -Dalliance.project.root");
    }

    /** The management port a service's quarkus.management.port=${MANAGEMENT_PORT:NNNN} defaults to. */
    private static int managementPort(Path application, Properties own) {
        String port = own.getProperty("quarkus.management.port");
        Matcher m = port == null ? null : MANAGEMENT_PORT.matcher(port);
        if (m == null || !m.matches()) {
            throw new IllegalStateException(application + ": quarkus.management.port is not of the form ${MANAGEMENT_PORT:NNNN}: " + port);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The MicroProfile standard rule: every character that is not a letter or digit becomes _, then upper case. */
    public static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Every module under services/ that is a Quarkus service: its application.properties sets quarkus.http.port. */
    public Map<String, Service> services() {
        Map<String, Service> services = new TreeMap<>();
        for (Path dir : modulesByArtifactId.values()) {
            Path application = dir.resolve("src/main/resources/application.properties");
            if (!Files.exists(application)) {
                continue;
            }
            Properties own = load(application);
            String port = own.getProperty("quarkus.http.port");
            if (port == null) {
                continue;
            }
            Matcher m = HTTP_PORT.matcher(port);
            if (!m.matches()) {
                throw new IllegalStateException(application + ": quarkus.http.port is not of the form ${PORT:NNNN}: " + port);
            }
            List<Path> files = configFiles(dir);
            Set<String> env = new LinkedHashSet<>();
            Set<String> properties = new LinkedHashSet<>();
            for (Path file : files) {
                Properties p = load(file);
                for (String key : p.stringPropertyNames()) {
                    properties.add(key);
                    Matcher ref = ENV_REFERENCE.matcher(p.getProperty(key));
                    while (ref.find()) {
                        env.add(ref.group(1));
                    }
                }
            }
            Path dockerfile = dir.resolve("src/main/docker/Dockerfile.jvm");
            Set<String> dockerVars = new LinkedHashSet<>();
            Set<Integer> exposed = new LinkedHashSet<>();
            if (Files.exists(dockerfile)) {
                for (String line : lines(dockerfile)) {
                    Matcher e = DOCKER_ENV.matcher(line.trim());
                    if (e.find()) {
                        dockerVars.add(e.group(1));
                    }
                    Matcher d = DOCKER_DOCUMENTED_ENV.matcher(line.trim());
                    if (d.find()) {
                        dockerVars.add(d.group(1));
                    }
                    Matcher x = DOCKER_EXPOSE.matcher(line.trim());
                    if (x.find()) {
                        for (String token : x.group(1).trim().split("\\s+")) {
                            exposed.add(Integer.parseInt(token.replaceAll("/.*", "")));
                        }
                    }
                }
            }
            String name = dir.getFileName().toString();
            services.put(name, new Service(name, dir, Integer.parseInt(m.group(1)), managementPort(application, own),
                    own.getProperty("alliance.database"), Collections.unmodifiableSet(env),
                    Collections.unmodifiableSet(properties), dockerfile, Collections.unmodifiableSet(dockerVars),
                    Collections.unmodifiableSet(exposed), files));
        }
        return services;
    }

    /** The databases deploy/compose/init-databases.sql creates. */
    Set<String> initScriptDatabases(Path script) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : lines(script)) {
            String sql = line.replaceAll("--.*", "");
            Matcher m = CREATE_DATABASE.matcher(sql);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The role names the services authorise, from the security library's Roles constants. */
    Set<String> roles() {
        Path roles = root.resolve("services/security/src/main/java/org/alliance/security/Roles.java");
        Set<String> names = new LinkedHashSet<>();
        Matcher m = ROLE_CONSTANT.matcher(String.join("\n", lines(roles)));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The configuration files a service runs with: its own application.properties and
     * microprofile-config.properties, and those of every project library it depends on, transitively.
     */
    private List<Path> configFiles(Path moduleDir) {
        Map<Path, Boolean> seen = new LinkedHashMap<>();
        collect(moduleDir, seen);
        List<Path> files = new ArrayList<>();
        for (Path dir : seen.keySet()) {
            for (String name : List.of("src/main/resources/application.properties",
                    "src/main/resources/META-INF/microprofile-config.properties")) {
                Path file = dir.resolve(name);
                if (Files.exists(file)) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    private void collect(Path moduleDir, Map<Path, Boolean> seen) {
        if (seen.putIfAbsent(moduleDir, Boolean.TRUE) != null) {
            return;
        }
        Document pom = parse(moduleDir.resolve("pom.xml"));
        NodeList dependencies = pom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (dependency.getParentNode() == null
                    || !"dependencies".equals(dependency.getParentNode().getNodeName())
                    || !"project".equals(dependency.getParentNode().getParentNode().getNodeName())) {
                continue;   // not a direct dependency (dependencyManagement, plugins)
            }
            String scope = text(dependency, "scope");
            if ("test".equals(scope)) {
                continue;
            }
            Path module = modulesByArtifactId.get(text(dependency, "artifactId"));
            if ("org.alliance".equals(text(dependency, "groupId")) && module != null) {
                collect(module, seen);
            }
        }
    }

    private static String artifactId(Path pom) {
        NodeList children = parse(pom).getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if ("artifactId".equals(children.item(i).getNodeName())) {
                return children.item(i).getTextContent().trim();
            }
        }
        throw new IllegalStateException(pom + " has no artifactId");
    }

    private static String text(Element parent, String tag) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (tag.equals(children.item(i).getNodeName())) {
                return children.item(i).getTextContent().trim();
            }
        }
        return null;
    }

    private static Document parse(Path xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(xml.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + xml + ": " + e.getMessage(), e);
        }
    }

    public static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<Path> list(Path dir, String fileName) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(d -> d.resolve(fileName)).filter(Files::exists).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
