package org.alliance.registry.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A WHERE clause built from optional filters, with its named parameters, for native list queries;
 * and the text searched for, if any: its exact check is made on every candidate row, which makes
 * reading the matches twice, once to count and once for the page, cost twice.
 */
final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final List<String> candidates = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String searchText;
    private List<String> moreGrams = List.of();

    SqlFilter where(String condition) {
        conditions.add(condition);
        return this;
    }

    SqlFilter where(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /**
     * A condition that only finds candidates through an index (a text filter's grams): the exact
     * check decides on its own, so a statement that reads rows another way may leave it out.
     */
    SqlFilter candidates(String condition) {
        candidates.add(condition);
        return this;
    }

    /**
     * Searches for {@code text}: the statement's {@code :text_grams} are its grams followed by
     * {@code moreGrams}, its {@code :text_patterns} the LIKE patterns of its words ({@link SearchTerms}).
     */
    SqlFilter searchFor(String text, List<String> moreGrams) {
        this.searchText = text;
        this.moreGrams = moreGrams;
        return this;
    }

    SqlFilter parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** The text searched for, null without a text filter. */
    String searchText() {
        return searchText;
    }

    List<String> moreGrams() {
        return moreGrams;
    }

    /** The conditions {@code first}, then the filter's. */
    String clause(String... first) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(candidates);
        all.addAll(conditions);
        return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
    }

    /** The filter's conditions without the candidate lookups: the same rows, checked row by row. */
    String checkClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
