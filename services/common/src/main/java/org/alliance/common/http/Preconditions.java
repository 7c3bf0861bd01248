package org.alliance.common.http;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;

/**
 * The {@code If-Match} / {@code ETag} handshake of optimistic concurrency: every read answers with
 * the record's version as its entity tag, and a change names the version it was based on.
 */
public final class Preconditions {

    public static final String IF_MATCH = "If-Match";
    /** What an If-Match header may hold, as the OpenAPI document declares it. */
    public static final String ETAG_PATTERN = "^(W/)?\"?[0-9]{1,18}\"?$";
    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*");

    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} header names; a replace must name one (428 otherwise). */
    public static long required(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition Required",
                    "If-Match: send the ETag (version) of the record you read", List.of(new Problem.FieldError(IF_MATCH,
                            "required")));
        }
        return parse(header);
    }

    /** The version an optional {@code If-Match} header names, or null. */
    public static Long optional(String header) {
        return header == null || header.isBlank() ? null : parse(header);
    }

    private static long parse(String header) {
        Matcher m = TAG.matcher(header);
        if (!m.matches()) {
            throw ProblemException.invalid(IF_MATCH, "must be the ETag of the record, e.g. \"3\"");
        }
        return Long.parseLong(m.group(1));
    }
}
