package org.alliance.journey;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.testing.ProjectRoot;
import org.alliance.testing.TestKafka;
import org.alliance.testing.TestPostgres;

/**
 * The four services as they run in production: each its own JVM from its built application
 * ({@code target/quarkus-app/quarkus-run.jar}), configured only by the environment variables
 * docker-compose and Kubernetes set, on fresh databases of this test JVM's PostgreSQL and on the test
 * Kafka broker, talking to one another only through Kafka. Their logs go to {@code target/journey-logs}.
 */
final class RunningSystem implements AutoCloseable {

    static final List<String> SERVICES = List.of("registry-service", "application-service", "review-service", "matching-service");

    private final Path root = ProjectRoot.find();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();

    RunningSystem start() throws IOException, InterruptedException {
        String kafka = TestKafka.bootstrapServers();
        Path logs = Files.createDirectories(root.resolve("journey/target/journey-logs"));
        for (String service : SERVICES) {
            String database = "journey_" + service.replace("-service", "");
            TestPostgres.Server db = TestPostgres.freshDatabase(database);
            Path jar = root.resolve("services/" + service + "/target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: the services are packaged before this module in `./mvnw verify`");
            }
            ports.put(service, freePort());
            managementPorts.put(service, freePort());
            ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-XX:+UseSerialGC", "-Xmx256m", "-Dfile.encoding=UTF-8",
                    "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar", jar.toString())
                    .directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logs.resolve(service + ".log").toFile()));
            Map<String, String> env = builder.environment();
            env.put("PORT", String.valueOf(ports.get(service)));
            env.put("MANAGEMENT_PORT", String.valueOf(managementPorts.get(service)));
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("MANAGEMENT_HOST", "127.0.0.1");
            env.put("DB_HOST", db.host());
            env.put("DB_PORT", String.valueOf(db.port()));
            env.put("DB_USER", db.user());
            env.put("DB_PASSWORD", db.password());
            env.put("DB_NAME", TestPostgres.physical(database));
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
            processes.add(builder.start());
        }
        awaitReady(Duration.ofMinutes(5));
        return this;
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    Api api(String service) {
        return new Api(service, url(service));
    }

    /** Loads the seed studios, supply links, accreditations and demo calls as deploy/local/demo-data does. */
    void loadDemoData() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                root.resolve("deploy/local/demo/DemoData.java").toString(), root.resolve("deploy/local/demo/studios.json").toString(),
                root.resolve("deploy/local/token").toString()).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(root.resolve("journey/target/journey-logs/demo-data.log").toFile()));
        builder.environment().put("REGISTRY_URL", url("registry-service"));
        builder.environment().put("REGISTRY_MANAGEMENT_URL", "http://127.0.0.1:" + managementPorts.get("registry-service"));
        builder.environment().put("APPLICATION_URL", url("application-service"));
        builder.environment().put("TOKEN_SOURCE", "dev");
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("deploy/local/demo-data failed (" + exit + "): journey/target/journey-logs/demo-data.log");
        }
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String service : SERVICES) {
            URI ready = URI.create("http://127.0.0.1:" + managementPorts.get(service) + "/q/health/ready");
            while (true) {
                Process process = processes.get(SERVICES.indexOf(service));
                if (!process.isAlive()) {
                    throw new IllegalStateException(service + " exited with " + process.exitValue()
                            + ": see journey/target/journey-logs/" + service + ".log");
                }
                try {
                    if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(service + " not ready after " + timeout.toSeconds() + " s");
                }
                Thread.sleep(500);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
