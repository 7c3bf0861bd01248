package org.alliance.journey;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * One service's public API as a partner's system calls it: JSON over HTTP with a bearer token. A call
 * names the status it expects; any other answer fails the walk-through with the service's problem body,
 * so a step that goes wrong says what the service said.
 */
public final class Api {

    // amounts and scores as the services wrote them (860000.00, not 8.6E+5)
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String name;
    private final String baseUrl;

    public Api(String name, String baseUrl) {
        this.name = name;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** A status and body as the service answered. */
    public record Answer(int status, JsonNode body) {
    }

    public JsonNode get(String token, String path) {
        return expect(200, send(token, "GET", path, null));
    }

    public JsonNode post(String token, String path, Object body, int expected) {
        return expect(expected, send(token, "POST", path, body));
    }

    public JsonNode put(String token, String path, Object body, String ifMatch) {
        return expect(200, send(token, "PUT", path, body, ifMatch));
    }

    public Answer send(String token, String method, String path, Object body) {
        return send(token, method, path, body, null);
    }

    /** Polls {@code path} until its body satisfies {@code until}: the services meet through Kafka, so their views converge. */
    public JsonNode await(String token, String path, Predicate<JsonNode> until, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            last = send(token, "GET", path, null);
            if (last.status() == 200 && until.test(last.body())) {
                return last.body();
            }
            pause();
        }
        throw new JourneyFailure(name + ": waited 90 s for " + what + " at GET " + path + "; last answer "
                + (last == null ? "none" : last.status() + " " + last.body()));
    }

    /** Repeats a request while it is refused with {@code retryStatus} (a view the events have not reached yet). */
    public JsonNode retry(String token, String method, String path, Object body, int expected, int retryStatus, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Answer last;
        do {
            last = send(token, method, path, body);
            if (last.status() != retryStatus) {
                return expect(expected, last);
            }
            pause();
        } while (System.nanoTime() < deadline);
        throw new JourneyFailure(name + ": waited 90 s for " + what + "; still " + last.status() + " " + last.body());
    }

    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Answer send(String token, String method, String path, Object body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json; charset=utf-8")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            }
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = response.body();
            JsonNode json = bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
            return new Answer(response.statusCode(), json);
        } catch (IOException e) {
            throw new JourneyFailure(name + " at " + baseUrl + " does not answer " + method + " " + path + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailure("interrupted during " + method + " " + path);
        }
    }

    private JsonNode expect(int expected, Answer answer) {
        if (answer.status() != expected) {
            throw new JourneyFailure(name + " answered " + answer.status() + " where " + expected + " was expected: "
                    + answer.body());
        }
        return answer.body();
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailure("interrupted while waiting");
        }
    }
}
