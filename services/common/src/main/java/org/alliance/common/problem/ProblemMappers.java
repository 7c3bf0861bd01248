package org.alliance.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into {@code application/problem+json}. Validation errors name the field path
 * as the client sent it (JSON property names, query parameter names); unexpected errors are logged
 * with an id that the client also gets, and no stack trace ever leaves the service.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem(Problem.type("validation"), "Invalid request", 400, detail, path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(new Problem(Problem.type("validation"), "Invalid request", 400,
                field + ": unknown field", path(uri), List.of(new Problem.FieldError(field, "unknown field"))));
    }

    @ServerExceptionMapper
    public Response badValue(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = "cannot read " + quote(e.getValue()) + " as " + e.getTargetType().getSimpleName();
        return respond(new Problem(Problem.type("validation"), "Invalid request", 400,
                field + ": " + message, path(uri), List.of(new Problem.FieldError(field, message))));
    }

    @ServerExceptionMapper
    public Response invalidText(StrictJson.InvalidText e, UriInfo uri) {
        return field(jsonPath(e), e.getOriginalMessage(), uri);
    }

    /** JSON of another shape than the field's: an object for a string, a string for a number, an array for an object. */
    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        return field(field.isEmpty() ? "body" : field, expected(e.getTargetType(), e.getOriginalMessage()), uri);
    }

    /** The JSON text itself is wrong (syntax, invalid UTF-8, a number too large, nesting too deep), at the parser's position. */
    @ServerExceptionMapper
    public Response unreadable(StreamReadException e, UriInfo uri) {
        JsonParser parser = e.getProcessor();
        String field = parser == null ? "" : contextPath(parser.getParsingContext());
        String message = e instanceof InputCoercionException ? "number out of range" : "not valid JSON";
        return respond(new Problem(Problem.type("malformed-body"), "Malformed JSON", 400,
                (field.isEmpty() ? "body" : field) + ": " + message, path(uri),
                List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message))));
    }

    /** A multipart body that ends before its closing boundary, or breaks off. */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri, HttpHeaders headers) {
        if (headers != null && headers.getMediaType() != null && "multipart".equals(headers.getMediaType().getType())) {
            return respond(new Problem(Problem.type("malformed-body"), "Malformed multipart body", 400,
                    "body: the multipart body is incomplete or malformed", path(uri),
                    List.of(new Problem.FieldError("body", "incomplete or malformed multipart body"))));
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response badJson(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = e.getOriginalMessage() == null ? "unreadable value" : firstLine(e.getOriginalMessage());
        return respond(new Problem(Problem.type("validation"), "Invalid request", 400,
                (field.isEmpty() ? "body" : field) + ": " + message, path(uri),
                List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message))));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String message = e instanceof StreamConstraintsException ? "exceeds a JSON nesting or length limit" : "not valid JSON";
        return respond(new Problem(Problem.type("malformed-body"), "Malformed JSON", 400,
                "body: " + message, path(uri), List.of(new Problem.FieldError("body", message))));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "your role may not perform this operation", path(uri), null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof MismatchedInputException cause) {
            return mismatch(cause, uri);
        }
        if (e.getCause() instanceof StreamReadException cause) {
            return unreadable(cause, uri);
        }
        if (e.getCause() instanceof JsonProcessingException cause && !(cause instanceof JsonMappingException)) {
            return malformedJson(cause, uri);
        }
        if (e.getCause() instanceof JsonMappingException cause) {
            return badJson(cause, uri);
        }
        return switch (status) {
            case 401 -> unauthenticated(uri);
            case 405 -> {
                String allowed = String.join(", ", e.getResponse().getAllowedMethods());
                Response.ResponseBuilder answer = Response.fromResponse(named(405, uri, "method",
                        allowed.isEmpty() ? "not allowed on this path" : "allowed: " + allowed));
                yield allowed.isEmpty() ? answer.build() : answer.header("Allow", allowed).build();
            }
            case 406 -> named(406, uri, "Accept", "this endpoint answers application/json, and problem+json when it refuses");
            case 415 -> named(415, uri, "Content-Type", "not a media type this endpoint reads");
            default -> status(status, uri);
        };
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return respond(new Problem(Problem.type("internal"), "Internal Server Error", 500,
                "an unexpected error occurred; quote incident " + incident, path(uri), null));
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.status(401)
                .header("WWW-Authenticate", "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("unauthenticated"), "Unauthorized", 401,
                        "a valid bearer token is required", path(uri), null))
                .build();
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** A problem saying no more than the HTTP status does. */
    static Response status(int status, UriInfo uri) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = status == 404 ? "no resource at this path" : title;
        return respond(new Problem(Problem.type(slugOf(title)), title, status, detail, path(uri), null));
    }

    /** A problem with the status's own title, naming the request part it concerns. */
    static Response named(int status, UriInfo uri, String field, String message) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return respond(new Problem(Problem.type(slugOf(title)), title, status, field + ": " + message, path(uri),
                List.of(new Problem.FieldError(field, message))));
    }

    private static Response field(String field, String message, UriInfo uri) {
        return respond(new Problem(Problem.type("validation"), "Invalid request", 400, field + ": " + message, path(uri),
                List.of(new Problem.FieldError(field, message))));
    }

    /** What a field of {@code type} must be, said in JSON's terms. */
    static String expected(Class<?> type, String fallback) {
        if (type == null) {
            return fallback == null ? "unreadable value" : firstLine(fallback);
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "must be a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "must be an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (type == UUID.class) {
            return "must be a UUID string";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date or time string";
        }
        return "must be an object";
    }

    private static String contextPath(JsonStreamContext context) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            } else if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (path.length() > 0 && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.toString();
    }

    /** "create.arg0.name" becomes "name"; query parameters keep their own names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String slugOf(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static String quote(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
