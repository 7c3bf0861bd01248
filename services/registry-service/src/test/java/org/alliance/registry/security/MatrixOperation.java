package org.alliance.registry.security;

import io.restassured.response.Response;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * One registry operation of the matrix: how to make a fresh target for it, how to call it, and
 * what a successful call must have changed. {@code forbidden} callers are refused with 403.
 * {@code otherUnion} says how a union of another region is answered: 404 for a record it may not
 * see, 403 or 422 naming {@code otherUnionField} for a write that names another region's code or
 * record, 200 without the record for a list, or a success that {@code otherUnionAnswer} checks (an
 * upload whose rows it may not import, a list of its own imports).
 */
record MatrixOperation(String name, Kind kind, int success, int otherUnion, String otherUnionField,
        Set<MatrixCaller> forbidden, Supplier<String> prepare, BiFunction<String, String, Response> call,
        BiConsumer<String, Response> changed, BiConsumer<String, Response> otherUnionAnswer) {

    enum Kind { READ_ONE, READ_LIST, WRITE }

    /** Coordinators and reviewers: they read, and only where an operation lets them. */
    private static final Set<MatrixCaller> READERS = EnumSet.of(MatrixCaller.COORDINATOR, MatrixCaller.REVIEWER);

    static MatrixOperation read(String name, Supplier<String> prepare, BiFunction<String, String, Response> call) {
        return new MatrixOperation(name, Kind.READ_ONE, 200, 404, null, Set.of(), prepare, call, null, null);
    }

    static MatrixOperation list(String name, Supplier<String> prepare, BiFunction<String, String, Response> call) {
        return new MatrixOperation(name, Kind.READ_LIST, 200, 200, null, Set.of(), prepare, call, null, null);
    }

    static MatrixOperation write(String name, int success, int otherUnion, String otherUnionField, Supplier<String> prepare,
            BiFunction<String, String, Response> call, BiConsumer<String, Response> changed) {
        return new MatrixOperation(name, Kind.WRITE, success, otherUnion, otherUnionField, READERS, prepare, call, changed, null);
    }

    /** This operation refused to coordinators and reviewers, although it only reads. */
    MatrixOperation unionsAndOperatorsOnly() {
        return new MatrixOperation(name, kind, success, otherUnion, otherUnionField, READERS, prepare, call, changed,
                otherUnionAnswer);
    }

    /** This operation answered to another region's union with {@code status}, and what that answer must show. */
    MatrixOperation otherUnionAnswered(int status, BiConsumer<String, Response> answer) {
        return new MatrixOperation(name, kind, success, status, null, forbidden, prepare, call, changed, answer);
    }
}
