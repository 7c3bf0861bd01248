package org.alliance.matching.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.alliance.testing.ProjectRoot;

/**
 * A real Keycloak for the service under test, started as deploy/local/up starts it
 * ({@code deploy/local/keycloak run}) with the realm of deploy/compose/keycloak, and the service set
 * to trust it: the JWKS and the issuer of the alliance realm. The service listens on a port chosen
 * here, which the realm's console client gets as one more redirect URI.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    /** Keycloak builds itself at its first start: minutes on a loaded two-core machine. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    static int keycloakPort;
    static int servicePort;
    private Process process;

    static String issuer() {
        return "http://localhost:" + keycloakPort + "/realms/alliance";
    }

    static String consoleUrl() {
        return "http://localhost:" + servicePort + "/console/";
    }

    @Override
    public Map<String, String> start() {
        Path root = ProjectRoot.find();
        Path work = root.resolve("services/matching-service/target/keycloak");
        try {
            keycloakPort = freePort();
            servicePort = freePort();
            Files.createDirectories(work);
            Path realm = work.resolve("alliance-realm.json");
            Files.writeString(realm, realmFor(root.resolve("deploy/compose/keycloak/alliance-realm.json"), servicePort));
            Path log = work.resolve("keycloak.log");
            process = new ProcessBuilder(root.resolve("deploy/local/keycloak").toString(), "run", work.toString(),
                    String.valueOf(keycloakPort), realm.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            awaitRealm(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.http.test-port", String.valueOf(servicePort),
                "mp.jwt.verify.publickey.location", issuer() + "/protocol/openid-connect/certs",
                "mp.jwt.verify.issuer", issuer());
    }

    /** The committed realm with the test's console address among the console client's redirect URIs. */
    static String realmFor(Path file, int port) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(file.toFile());
        realm.withArray("clients").forEach(c -> {
            if ("alliance-console".equals(c.path("clientId").asText())) {
                ((ArrayNode) c.get("redirectUris")).add("http://localhost:" + port + "/console/*");
            }
        });
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
    }

    private void awaitRealm(Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited (" + process.exitValue() + "):\n" + tail(log));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(2000);
        }
        stop();
        throw new IllegalStateException("Keycloak did not serve the alliance realm within " + START_TIMEOUT + ":\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        return text.substring(Math.max(0, text.length() - 4000));
    }

    @Override
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
