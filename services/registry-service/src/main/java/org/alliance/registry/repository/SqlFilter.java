package org.alliance.registry.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/** A WHERE clause built from optional filters, with its named parameters, for native list queries. */
final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    SqlFilter where(String condition) {
        conditions.add(condition);
        return this;
    }

    SqlFilter where(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    SqlFilter parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    <T> Mutiny.SelectionQuery<T> bind(Mutiny.SelectionQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
