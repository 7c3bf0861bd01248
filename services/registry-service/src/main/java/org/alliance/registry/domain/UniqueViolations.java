package org.alliance.registry.domain;

import java.util.List;
import java.util.function.Function;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;

/**
 * Two concurrent requests can both pass the "not taken yet" check; the unique index then rejects
 * the second at flush. This turns that rejection into the same 409 the check gives.
 */
final class UniqueViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    static Function<Throwable, Throwable> asConflict(String field, String message) {
        return failure -> isUniqueViolation(failure) ? conflict(field, message) : failure;
    }

    static ProblemException conflict(String field, String message) {
        return new ProblemException(409, "conflict", "Conflict", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof io.vertx.pgclient.PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
