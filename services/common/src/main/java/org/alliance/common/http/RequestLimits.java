package org.alliance.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.alliance.common.problem.Problem;

/**
 * Checks what can be judged from a request's head before anything reads its body: the length of
 * its target (414) and of its headers (431), a declared body longer than the endpoint's limit
 * (413), and a body without a {@code Content-Type} (415). Runs ahead of the HTTP layer's own size
 * check, so that each answer is problem+json naming the limit.
 */
@ApplicationScoped
public class RequestLimits {

    /** Ahead of the body-size check the HTTP layer installs at route order -2. */
    static final int PRIORITY = 1000;

    @Inject
    HttpLimits limits;

    @Inject
    ObjectMapper json;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        long url = limits.url().asLongValue();
        if (request.uri().length() > url) {
            answer(ctx, 414, "uri-too-long", "URI Too Long", "the request target is longer than " + url + " bytes",
                    "url", "at most " + url + " bytes");
            return;
        }
        long headerLimit = limits.headers().asLongValue();
        long headerBytes = 0;
        String largest = null;
        int largestSize = -1;
        for (Map.Entry<String, String> h : request.headers()) {
            int size = h.getKey().length() + h.getValue().length() + 4;
            headerBytes += size;
            if (size > largestSize) {
                largestSize = size;
                largest = h.getKey();
            }
        }
        if (headerBytes > headerLimit) {
            answer(ctx, 431, "request-header-fields-too-large", "Request Header Fields Too Large",
                    "the request's headers are longer than " + headerLimit + " bytes together", largest,
                    "the headers may be at most " + headerLimit + " bytes together");
            return;
        }
        MultiMap headers = request.headers();
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = headers.contains(HttpHeaders.TRANSFER_ENCODING, "chunked", true);
        long declared = parse(length);
        long bodyLimit = limits.bodyLimit(request.path());
        if (declared > bodyLimit) {
            answer(ctx, 413, "content-too-large", "Content Too Large",
                    "the body is " + declared + " bytes; this endpoint takes at most " + bodyLimit,
                    "body", "at most " + bodyLimit + " bytes");
            return;
        }
        boolean hasBody = declared > 0 || chunked;
        if (hasBody && request.path().startsWith("/api/") && headers.get(HttpHeaders.CONTENT_TYPE) == null) {
            answer(ctx, 415, "unsupported-media-type", "Unsupported Media Type",
                    "a request body needs a Content-Type", "Content-Type", "required with a body");
            return;
        }
        ctx.next();
    }

    private static long parse(String length) {
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void answer(RoutingContext ctx, int status, String slug, String title, String detail, String field, String message) {
        Problem problem = new Problem(Problem.type(slug), title, status, detail, ctx.request().path(),
                List.of(new Problem.FieldError(field, message)));
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // the body was not read: the connection cannot carry another request after this answer
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
