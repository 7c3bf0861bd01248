package org.alliance.journey;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tokens from the local stack's Keycloak, the only issuer its services then trust. The identities the
 * walk needs (a unit union of an enterprise registered a minute ago, a reviewer for an expert just
 * enrolled) are not in the realm file, so the realm's administrator makes them, as a union's IT office
 * would: a user per identity with its realm role and its region / level / enterprise / expert attributes
 * (the realm maps those to claims), then the user's token by the password grant of the public client
 * {@code alliance-cli}. Admin credentials: KEYCLOAK_ADMIN / KEYCLOAK_ADMIN_PASSWORD (admin / admin).
 */
public final class KeycloakTokens implements Tokens {

    private static final String REALM = "alliance";
    private static final String PASSWORD = "journey-" + UUID.randomUUID();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final Map<String, String> minted = new HashMap<>();

    public KeycloakTokens(String keycloakUrl) {
        this.base = keycloakUrl.replaceAll("/+$", "");
    }

    @Override
    public String union(String region, String level, UUID enterprise) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("region", region);
        if (level != null) {
            attributes.put("level", level);
        }
        if (enterprise != null) {
            attributes.put("enterprise", enterprise.toString());
        }
        return token("union", attributes);
    }

    @Override
    public String coordinator() {
        return token("coordinator", Map.of());
    }

    @Override
    public String operator() {
        return token("operator", Map.of());
    }

    @Override
    public String reviewer(UUID expert) {
        return token("reviewer", Map.of("expert", expert.toString()));
    }

    private synchronized String token(String role, Map<String, String> attributes) {
        String username = ("journey-" + role + "-" + String.join("-", attributes.values())).toLowerCase();
        return minted.computeIfAbsent(username, u -> {
            ensureUser(u, role, attributes);
            JsonNode answer = form(base + "/realms/" + REALM + "/protocol/openid-connect/token", Map.of(
                    "grant_type", "password", "client_id", "alliance-cli", "username", u, "password", PASSWORD));
            return answer.path("access_token").asText();
        });
    }

    /** Creates the user, or resets its password and attributes when an earlier walk made it. */
    private void ensureUser(String username, String role, Map<String, String> attributes) {
        String admin = form(base + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", env("KEYCLOAK_ADMIN", "admin"),
                "password", env("KEYCLOAK_ADMIN_PASSWORD", "admin"))).path("access_token").asText();
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@alliance.local");
        user.put("emailVerified", true);
        user.put("firstName", "示范流程");
        user.put("lastName", role);
        user.put("attributes", attributes.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
        user.put("credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)));
        String users = base + "/admin/realms/" + REALM + "/users";
        JsonNode found = call(admin, "GET", users + "?exact=true&username=" + encode(username), null, 200);
        String id;
        if (found.isArray() && !found.isEmpty()) {
            id = found.get(0).path("id").asText();
            call(admin, "PUT", users + "/" + id, user, 204);
            call(admin, "PUT", users + "/" + id + "/reset-password",
                    Map.of("type", "password", "value", PASSWORD, "temporary", false), 204);
        } else {
            call(admin, "POST", users, user, 201);
            id = call(admin, "GET", users + "?exact=true&username=" + encode(username), null, 200).get(0).path("id").asText();
        }
        JsonNode realmRole = call(admin, "GET", base + "/admin/realms/" + REALM + "/roles/" + role, null, 200);
        call(admin, "POST", users + "/" + id + "/role-mappings/realm", List.of(realmRole), 204);
    }

    private JsonNode form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return exchange(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), 200, "POST " + url);
    }

    private JsonNode call(String adminToken, String method, String url, Object body, int expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + adminToken)
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(Api.JSON.writeValueAsBytes(body)));
            return exchange(request, expected, method + " " + url);
        } catch (IOException e) {
            throw new JourneyFailure("cannot write a Keycloak request: " + e.getMessage());
        }
    }

    private static JsonNode exchange(HttpRequest.Builder request, int expected, String what) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != expected) {
                throw new JourneyFailure("Keycloak answered " + response.statusCode() + " to " + what + ": " + response.body());
            }
            return response.body().isBlank() ? Api.JSON.nullNode() : Api.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new JourneyFailure("Keycloak does not answer " + what + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailure("interrupted while asking Keycloak");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
