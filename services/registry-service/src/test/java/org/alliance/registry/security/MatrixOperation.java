package org.alliance.registry.security;

import io.restassured.response.Response;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * One registry operation of the matrix: how to make a fresh target for it, how to call it, and
 * what a successful call must have changed. {@code otherUnion} says how a union of another region
 * is refused: 404 for a record it may not see, 403 or 422 naming {@code otherUnionField} for a
 * write that names another region's code or record, or 200 without the record for a list.
 */
record MatrixOperation(String name, Kind kind, int success, int otherUnion, String otherUnionField,
        Supplier<String> prepare, BiFunction<String, String, Response> call, BiConsumer<String, Response> changed) {

    enum Kind { READ_ONE, READ_LIST, WRITE }

    static MatrixOperation read(String name, Supplier<String> prepare, BiFunction<String, String, Response> call) {
        return new MatrixOperation(name, Kind.READ_ONE, 200, 404, null, prepare, call, null);
    }

    static MatrixOperation list(String name, Supplier<String> prepare, BiFunction<String, String, Response> call) {
        return new MatrixOperation(name, Kind.READ_LIST, 200, 200, null, prepare, call, null);
    }

    static MatrixOperation write(String name, int success, int otherUnion, String otherUnionField, Supplier<String> prepare,
            BiFunction<String, String, Response> call, BiConsumer<String, Response> changed) {
        return new MatrixOperation(name, Kind.WRITE, success, otherUnion, otherUnionField, prepare, call, changed);
    }
}
