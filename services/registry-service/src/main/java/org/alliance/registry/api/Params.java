package org.alliance.registry.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import org.alliance.common.problem.ProblemException;

/**
 * Query parameters are read as text and parsed here, so a bad value is a 400 naming the parameter
 * (JAX-RS would answer an unconvertible query parameter with a bare 404).
 */
final class Params {

    private Params() {
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(name, "is required (yyyy-mm-dd)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date like 2024-05-01");
        }
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    static String region(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("\\d{6}")) {
            throw ProblemException.invalid(name, "must be a six-digit GB/T 2260 code");
        }
        return value;
    }

    static String industry(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("[A-T]|\\d{2}")) {
            throw ProblemException.invalid(name, "must be a GB/T 4754-2017 section letter (A-T) or two-digit division");
        }
        return value;
    }

    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 100) {
            throw ProblemException.invalid(name, "must be at most 100 characters");
        }
        return value.strip();
    }
}
