package org.alliance.common.problem;

import java.util.List;

/** Thrown by domain code to answer with a specific problem; never carries a stack trace to clients. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not Found", what + " " + id + " does not exist", null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, "rule-violated", "Business rule violated", message,
                List.of(new Problem.FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, errors);
    }
}
