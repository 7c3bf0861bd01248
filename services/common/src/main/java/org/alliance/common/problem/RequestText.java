package org.alliance.common.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request whose query parameters, path parameters or headers are not acceptable
 * {@link Text} with a 400 naming the parameter or header. Decoding is strict: the HTTP layer
 * would turn invalid UTF-8 into U+FFFD and pass it on, and a NUL would reach PostgreSQL, which
 * refuses it with an error. Runs once the resource method is known, so that a path segment can
 * be named by its parameter.
 */
public class RequestText {

    @ServerRequestFilter
    public Optional<Response> check(HttpServerRequest request, ResourceInfo resource) {
        return firstProblem(request, resource).map(error -> ProblemMappers.respond(new Problem(Problem.type("validation"),
                "Invalid request", 400, error.field() + ": " + error.message(), request.path(), List.of(error))));
    }

    private static Optional<Problem.FieldError> firstProblem(HttpServerRequest request, ResourceInfo resource) {
        Optional<Problem.FieldError> path = path(request.path(), template(resource));
        if (path.isPresent()) {
            return path;
        }
        Optional<Problem.FieldError> query = query(request.query());
        return query.isPresent() ? query : headers(request);
    }

    private static Optional<Problem.FieldError> path(String raw, String[] template) {
        String[] segments = raw.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            Optional<String> problem = urlProblem(segments[i], false);
            if (problem.isPresent()) {
                String name = template != null && template.length == segments.length && template[i].startsWith("{")
                        ? template[i].substring(1, template[i].length() - 1).split(":")[0].trim()
                        : "path";
                return Optional.of(new Problem.FieldError(name, problem.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem.FieldError> query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            Optional<String> name = Text.decodeUrl(rawName, true);
            if (name.isEmpty() || Text.problem(name.get(), false).isPresent()) {
                return Optional.of(new Problem.FieldError("query", "a parameter name is not valid text"));
            }
            if (eq >= 0) {
                Optional<String> problem = urlProblem(pair.substring(eq + 1), true);
                if (problem.isPresent()) {
                    return Optional.of(new Problem.FieldError(name.get(), problem.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem.FieldError> headers(HttpServerRequest request) {
        for (Map.Entry<String, String> header : request.headers()) {
            String value = header.getValue();
            Optional<String> decoded = ascii(value) ? Optional.of(value)
                    : Text.utf8(value.getBytes(StandardCharsets.ISO_8859_1));
            Optional<String> problem = decoded.isEmpty() ? Optional.of("is not valid UTF-8")
                    : Text.problem(decoded.get().replace('\t', ' '), false);
            if (problem.isPresent()) {
                return Optional.of(new Problem.FieldError(header.getKey(), problem.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> urlProblem(String raw, boolean query) {
        Optional<String> decoded = Text.decodeUrl(raw, query);
        return decoded.isEmpty() ? Optional.of("is not valid UTF-8") : Text.problem(decoded.get(), false);
    }

    private static boolean ascii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The matched method's path template split into segments, "/api/v1/studios/{id}" style. */
    private static String[] template(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Path type = resource.getResourceClass().getAnnotation(Path.class);
        Path own = method.getAnnotation(Path.class);
        String joined = "/" + (type == null ? "" : type.value()) + "/" + (own == null ? "" : own.value());
        return joined.replaceAll("/+", "/").replaceAll("(.)/$", "$1").split("/", -1);
    }
}
