package org.alliance.registry.security;

import static org.alliance.registry.security.MatrixCaller.OTHER_REGION;
import static org.alliance.registry.security.MatrixCaller.RECORD_REGION;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.alliance.registry.Db;
import org.alliance.registry.Fixtures;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registry operation against every kind of caller: the status and problem body each gets,
 * and that a refused call changed nothing (no row, no version, no history, no event) while an
 * allowed write changed what it should. Targets live in Huaibei (340600); each write gets a fresh one.
 * The roster import's operations are in {@link RosterImportOperations}.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class SecurityMatrixTest {

    @TestFactory
    Stream<DynamicContainer> everyOperationForEveryCaller() {
        return operations().stream().map(op -> DynamicContainer.dynamicContainer(op.name(),
                Stream.of(MatrixCaller.values()).map(caller -> DynamicTest.dynamicTest(caller.name(), () -> check(op, caller)))));
    }

    private static void check(MatrixOperation op, MatrixCaller caller) {
        String target = op.prepare().get();
        String before = Db.fingerprint();
        String records = Db.records();
        Response response = op.call().apply(caller.token(), target);
        int expected = expectedStatus(op, caller);
        assertEquals(expected, response.statusCode(), op.name() + " as " + caller + ": " + response.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0], response.asString());
            JsonPath problem = response.jsonPath();
            assertEquals(expected, problem.getInt("status"));
            if (expected == 401) {
                assertEquals("Bearer", response.header("WWW-Authenticate"));
            }
            if (caller == MatrixCaller.OTHER_UNION && op.otherUnionField() != null) {
                assertThat(problem.getList("errors.field"), hasItem(op.otherUnionField()));
            }
            // a refusal says nothing about the record beyond what the caller sent: not even its region
            assertFalse(response.asString().contains(RECORD_REGION), "a refusal must not describe the record: " + response.asString());
        }
        boolean answeredOtherUnion = caller == MatrixCaller.OTHER_UNION && expected < 300 && op.otherUnionAnswer() != null;
        if (answeredOtherUnion) {
            op.otherUnionAnswer().accept(target, response);
        }
        boolean writeAllowed = op.kind() == MatrixOperation.Kind.WRITE && expected < 300;
        if (writeAllowed && caller != MatrixCaller.OTHER_UNION) {
            op.changed().accept(target, response);
        } else if (writeAllowed) {
            // accepted, as an upload is, but none of the record's region may have changed
            assertEquals(records, Db.records(), op.name() + " as " + caller + " must change no record");
        } else {
            assertEquals(before, Db.fingerprint(), op.name() + " as " + caller + " must change nothing");
        }
        if (op.kind() == MatrixOperation.Kind.READ_LIST && expected == 200) {
            List<Object> ids = response.jsonPath().getList("items.id");
            if (caller == MatrixCaller.OTHER_UNION) {
                assertThat(ids, not(hasItem(target)));
                if (!answeredOtherUnion) {
                    assertEquals(0, response.jsonPath().getInt("total"));
                }
            } else {
                assertThat(ids, hasItem(target));
            }
        }
        if (op.kind() == MatrixOperation.Kind.READ_ONE && expected == 200) {
            assertThat(response.asString(), org.hamcrest.Matchers.containsString(target));
        }
    }

    private static int expectedStatus(MatrixOperation op, MatrixCaller caller) {
        if (caller.unauthenticated()) {
            return 401;
        }
        if (op.forbidden().contains(caller)) {
            return 403;
        }
        return caller == MatrixCaller.OTHER_UNION ? op.otherUnion() : op.success();
    }

    private static List<MatrixOperation> operations() {
        List<MatrixOperation> ops = new ArrayList<>();
        ops.add(MatrixOperation.write("POST /api/v1/enterprises", 201, 403, "regionCode",
                () -> "矩阵企业" + UUID.randomUUID().toString().substring(0, 8),
                (token, name) -> Fixtures.post(token, "/api/v1/enterprises", Fixtures.enterprise(name, RECORD_REGION, "C", "37")),
                (name, response) -> {
                    String id = response.jsonPath().getString("id");
                    assertEquals(name, Db.rows("SELECT name FROM enterprise WHERE id = ?::uuid", id).get(0).get("name"));
                    assertEquals(List.of("enterprise.registered.v2"), Db.eventTypes(id));
                }));
        ops.add(MatrixOperation.list("GET /api/v1/enterprises", SecurityMatrixTest::enterprise,
                (token, id) -> Fixtures.get(token, "/api/v1/enterprises?size=5&text=" + nameOf("enterprise", id))));
        ops.add(MatrixOperation.read("GET /api/v1/enterprises/{id}", SecurityMatrixTest::enterprise,
                (token, id) -> Fixtures.get(token, "/api/v1/enterprises/" + id)));
        ops.add(MatrixOperation.write("PUT /api/v1/enterprises/{id}", 200, 404, null, SecurityMatrixTest::enterprise,
                (token, id) -> Fixtures.put(token, "/api/v1/enterprises/" + id, "\"1\"",
                        Fixtures.enterprise("矩阵改名" + id.substring(0, 8), RECORD_REGION, "C", "38")),
                (id, response) -> {
                    assertEquals(2L, Db.count("SELECT version FROM enterprise WHERE id = ?::uuid", id));
                    assertEquals(List.of("enterprise.registered.v2", "enterprise.updated.v2"), Db.eventTypes(id));
                }));
        ops.add(MatrixOperation.read("GET /api/v1/enterprises/{id}/supply-links", SecurityMatrixTest::link,
                (token, link) -> Fixtures.get(token, "/api/v1/enterprises/" + upstreamOf(link) + "/supply-links?direction=downstream")));
        ops.add(MatrixOperation.write("POST /api/v1/supply-links", 201, 422, "upstreamEnterpriseId",
                () -> enterprise() + "," + enterprise(),
                (token, pair) -> Fixtures.post(token, "/api/v1/supply-links", Map.of("upstreamEnterpriseId", pair.split(",")[0],
                        "downstreamEnterpriseId", pair.split(",")[1], "product", "矩阵测试零件")),
                (pair, response) -> {
                    String id = response.jsonPath().getString("id");
                    assertEquals(1L, Db.count("SELECT count(*) FROM supply_link WHERE upstream_enterprise_id = ?::uuid"
                            + " AND downstream_enterprise_id = ?::uuid AND active", pair.split(",")[0], pair.split(",")[1]));
                    assertEquals(List.of("supply-link.created.v1"), Db.eventTypes(id));
                }));
        ops.add(MatrixOperation.read("GET /api/v1/supply-links/{id}", SecurityMatrixTest::link,
                (token, id) -> Fixtures.get(token, "/api/v1/supply-links/" + id)));
        ops.add(MatrixOperation.write("DELETE /api/v1/supply-links/{id}", 200, 404, null, SecurityMatrixTest::link,
                (token, id) -> Fixtures.as(token).delete("/api/v1/supply-links/" + id),
                (id, response) -> {
                    assertEquals(0L, Db.count("SELECT count(*) FROM supply_link WHERE id = ?::uuid AND active", id));
                    assertEquals(List.of("supply-link.created.v1", "supply-link.removed.v1"), Db.eventTypes(id));
                }));
        ops.add(MatrixOperation.write("POST /api/v1/studios", 201, 422, "enterpriseId", SecurityMatrixTest::enterprise,
                (token, enterprise) -> Fixtures.post(token, "/api/v1/studios",
                        Fixtures.studio(enterprise, "矩阵工作室", "ENTERPRISE", "矩阵测试能力", List.of("矩阵"))),
                (enterprise, response) -> {
                    String id = response.jsonPath().getString("id");
                    assertEquals(1L, Db.count("SELECT count(*) FROM studio WHERE enterprise_id = ?::uuid", enterprise));
                    assertEquals(List.of("studio.registered.v1"), Db.eventTypes(id));
                }));
        ops.add(MatrixOperation.list("GET /api/v1/studios", SecurityMatrixTest::studio,
                (token, id) -> Fixtures.get(token, "/api/v1/studios?size=5&text=" + nameOf("studio", id))));
        ops.add(MatrixOperation.read("GET /api/v1/studios/{id}", SecurityMatrixTest::studio,
                (token, id) -> Fixtures.get(token, "/api/v1/studios/" + id)));
        ops.add(MatrixOperation.write("PUT /api/v1/studios/{id}", 200, 404, null, SecurityMatrixTest::studio,
                (token, id) -> Fixtures.put(token, "/api/v1/studios/" + id, "\"1\"",
                        Fixtures.studio(null, "矩阵改名工作室", "ENTERPRISE", "矩阵测试能力（改）", List.of("矩阵"))),
                (id, response) -> {
                    assertEquals("矩阵改名工作室", Db.rows("SELECT name FROM studio WHERE id = ?::uuid", id).get(0).get("name"));
                    assertEquals(List.of("studio.registered.v1", "studio.updated.v1"), Db.eventTypes(id));
                }));
        ops.add(MatrixOperation.write("POST /api/v1/studios/{id}/accreditations", 201, 404, null, SecurityMatrixTest::studio,
                (token, id) -> accredit(token, id),
                (id, response) -> {
                    assertEquals("ACCREDITED", Db.rows("SELECT status FROM studio WHERE id = ?::uuid", id).get(0).get("status"));
                    assertEquals(1L, Db.count("SELECT count(*) FROM studio_accreditation WHERE studio_id = ?::uuid", id));
                    assertEquals(List.of("studio.registered.v1", "studio.accredited.v1"), Db.eventTypes(id));
                }));
        ops.add(MatrixOperation.read("GET /api/v1/studios/{id}/accreditations", SecurityMatrixTest::accreditedStudio,
                (token, id) -> Fixtures.get(token, "/api/v1/studios/" + id + "/accreditations")));
        ops.add(MatrixOperation.write("POST /api/v1/studios/{id}/revocation", 200, 404, null, SecurityMatrixTest::accreditedStudio,
                (token, id) -> Fixtures.post(token, "/api/v1/studios/" + id + "/revocation",
                        Map.of("reason", "矩阵测试撤销", "revokedOn", "2025-01-02")),
                (id, response) -> {
                    assertEquals("REVOKED", Db.rows("SELECT status FROM studio WHERE id = ?::uuid", id).get(0).get("status"));
                    assertEquals(List.of("studio.registered.v1", "studio.accredited.v1", "studio.revoked.v1"), Db.eventTypes(id));
                }));
        ops.add(MatrixOperation.list("GET /api/v1/studios/due-for-re-review", SecurityMatrixTest::accreditedStudio,
                (token, id) -> Fixtures.get(token, "/api/v1/studios/due-for-re-review?from=2029-01-01&to=2029-01-01&size=200")));
        ops.addAll(RosterImportOperations.all());
        return ops;
    }

    // fresh targets, made by an operator, all in Huaibei

    private static String enterprise() {
        return Fixtures.createEnterprise(TestTokens.operator(),
                Fixtures.enterprise("矩阵" + UUID.randomUUID().toString().replace("-", "").substring(0, 10), RECORD_REGION, "C", "37"));
    }

    private static String studio() {
        return Fixtures.post(TestTokens.operator(), "/api/v1/studios", Fixtures.studio(enterprise(),
                "矩阵" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "工作室", "ENTERPRISE", "矩阵测试能力",
                List.of("矩阵"))).then().statusCode(201).extract().path("id");
    }

    private static String accreditedStudio() {
        String id = studio();
        accredit(TestTokens.operator(), id).then().statusCode(201);
        return id;
    }

    private static String link() {
        return Fixtures.post(TestTokens.operator(), "/api/v1/supply-links", Map.of("upstreamEnterpriseId", enterprise(),
                "downstreamEnterpriseId", enterprise(), "product", "矩阵测试零件")).then().statusCode(201).extract().path("id");
    }

    private static Response accredit(String token, String studio) {
        return Fixtures.as(token).contentType(ContentType.JSON)
                .body(Map.of("tier", "MUNICIPAL", "accreditedBy", RECORD_REGION, "accreditedOn", "2024-01-01"))
                .post("/api/v1/studios/" + studio + "/accreditations");
    }

    private static String upstreamOf(String link) {
        return Db.rows("SELECT upstream_enterprise_id::text AS id FROM supply_link WHERE id = ?::uuid", link).get(0).get("id").toString();
    }

    private static String nameOf(String table, String id) {
        return Db.rows("SELECT name FROM " + table + " WHERE id = ?::uuid", id).get(0).get("name").toString();
    }

    static {
        // the matrix proves something only if the own union covers the records' region and the other does not
        assertTrue(org.alliance.security.RegionScope.covers(MatrixCaller.OWN_REGION, RECORD_REGION));
        assertFalse(org.alliance.security.RegionScope.covers(OTHER_REGION, RECORD_REGION));
    }
}
