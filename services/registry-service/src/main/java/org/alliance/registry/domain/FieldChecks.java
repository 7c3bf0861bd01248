package org.alliance.registry.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;

/**
 * Collects every invalid field of a command before anything is written, then fails once with a
 * 400 problem naming them all. The domain checks for itself what the API's Bean Validation also
 * checks, because commands also arrive from bulk imports.
 */
final class FieldChecks {

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final List<Problem.FieldError> errors = new ArrayList<>();

    FieldChecks fail(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return this;
    }

    FieldChecks text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            fail(field, "must not be blank");
        } else if (value.length() > max) {
            fail(field, "must be at most " + max + " characters");
        }
        return this;
    }

    FieldChecks optionalText(String field, String value, int max) {
        if (value != null && value.length() > max) {
            fail(field, "must be at most " + max + " characters");
        }
        return this;
    }

    FieldChecks present(String field, Object value) {
        if (value == null) {
            fail(field, "must not be null");
        }
        return this;
    }

    FieldChecks distinct(String field, Collection<?> values) {
        if (values == null) {
            fail(field, "must not be null");
        } else if (values.stream().anyMatch(java.util.Objects::isNull)) { // immutable lists throw on contains(null)
            fail(field, "must not contain null");
        } else if (values.stream().distinct().count() != values.size()) {
            fail(field, "must not contain duplicates");
        }
        return this;
    }

    FieldChecks phone(String field, String value) {
        if (value != null && !PHONE.matcher(value).matches()) {
            fail(field, "must be a telephone number");
        }
        return this;
    }

    FieldChecks email(String field, String value) {
        if (value != null && !EMAIL.matcher(value).matches()) {
            fail(field, "must be an e-mail address");
        }
        return this;
    }

    FieldChecks when(boolean condition, String field, String message) {
        if (condition) {
            fail(field, message);
        }
        return this;
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            List<Problem.FieldError> sorted = errors.stream()
                    .sorted(java.util.Comparator.comparing(Problem.FieldError::field)).toList();
            throw new ProblemException(400, "validation", "Invalid request",
                    sorted.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), sorted);
        }
    }
}
