package org.alliance.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One generated request and what must come back: for a violation, the statuses allowed and the
 * field the problem must name; for a valid request, only that it is not refused for its shape.
 */
public final class FuzzCase {

    final String description;
    final Contract.Operation operation;
    final String method;
    final Map<String, String> pathValues = new LinkedHashMap<>();
    /** query parameters, already URL-encoded (or deliberately broken) */
    final List<String> query = new ArrayList<>();
    final List<byte[]> headers = new ArrayList<>();
    byte[] body;
    String contentType;
    boolean sendContentType = true;
    Long declaredLength;
    Set<Integer> statuses;
    String field;
    boolean valid;

    FuzzCase(String description, Contract.Operation operation) {
        this.description = description;
        this.operation = operation;
        this.method = operation.method();
    }

    FuzzCase(String description, Contract.Operation operation, String method) {
        this.description = description;
        this.operation = operation;
        this.method = method;
    }

    FuzzCase expect(String field, Integer... statuses) {
        this.field = field;
        this.statuses = Set.of(statuses);
        return this;
    }

    FuzzCase header(String name, byte[] value) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes((name + ": ").getBytes(StandardCharsets.US_ASCII));
        line.writeBytes(value);
        headers.add(line.toByteArray());
        return this;
    }

    FuzzCase header(String name, String value) {
        return header(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The request target: the path with its parameters filled in, then the query. */
    byte[] target() {
        String path = operation.path();
        for (Map.Entry<String, String> p : pathValues.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", p.getValue());
        }
        String target = query.isEmpty() ? path : path + "?" + String.join("&", query);
        return target.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return method + " " + new String(target(), StandardCharsets.ISO_8859_1) + " [" + description + "]";
    }
}
