package org.alliance.registry.security;

import static org.alliance.registry.security.MatrixCaller.OTHER_REGION;
import static org.alliance.registry.security.MatrixCaller.RECORD_REGION;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.alliance.registry.Db;
import org.alliance.registry.Fixtures;
import org.alliance.registry.domain.roster.RosterColumn;
import org.alliance.registry.roster.Rosters;
import org.alliance.security.RegionScope;
import org.alliance.testing.TestTokens;

/**
 * The roster import's operations in the security matrix. An upload's target is a fresh credit code
 * in Huaibei; the file holds one studio of that enterprise. Another region's union may upload (a
 * union's rows are checked row by row), but its job imports nothing of Huaibei. A job to read is
 * uploaded by Huaibei's own union, so the Anhui union above it sees it and Beijing's does not.
 */
final class RosterImportOperations {

    private static final Duration WAIT = Duration.ofMinutes(1);

    private RosterImportOperations() {
    }

    static List<MatrixOperation> all() {
        return List.of(
                MatrixOperation.write("POST /api/v1/imports (text/csv body)", 202, 202, null, () -> Fixtures.uscc(RECORD_REGION),
                        (token, code) -> Fixtures.as(token).contentType("text/csv").queryParam("fileName", "roster.csv")
                                .body(roster(code)).post("/api/v1/imports"),
                        RosterImportOperations::imported)
                        .otherUnionAnswered(202, RosterImportOperations::refusedRowByRow),
                MatrixOperation.write("POST /api/v1/imports (multipart file)", 202, 202, null, () -> Fixtures.uscc(RECORD_REGION),
                        (token, code) -> Fixtures.as(token).multiPart("file", "roster.csv", roster(code), "text/csv")
                                .post("/api/v1/imports"),
                        RosterImportOperations::imported)
                        .otherUnionAnswered(202, RosterImportOperations::refusedRowByRow),
                MatrixOperation.read("GET /api/v1/imports/{id}", RosterImportOperations::job,
                        (token, id) -> Fixtures.get(token, "/api/v1/imports/" + id))
                        .unionsAndOperatorsOnly(),
                MatrixOperation.list("GET /api/v1/imports", RosterImportOperations::job,
                        (token, id) -> Fixtures.get(token, "/api/v1/imports?size=200"))
                        .unionsAndOperatorsOnly()
                        .otherUnionAnswered(200, RosterImportOperations::onlyOwnJobs),
                // the template is the same for everyone with a role: its header row is what every answer must hold
                MatrixOperation.read("GET /api/v1/imports/template", () -> RosterColumn.STUDIO_NAME.header(),
                        (token, header) -> Fixtures.get(token, "/api/v1/imports/template?format=csv"))
                        .otherUnionAnswered(200, (header, response) -> assertThat(response.contentType(), startsWith("text/csv"))));
    }

    /** A roster of one studio of the enterprise with {@code code}, in Huaibei. */
    private static byte[] roster(String code) {
        Map<RosterColumn, String> row = new EnumMap<>(RosterColumn.class);
        row.put(RosterColumn.STUDIO_NAME, "矩阵名单" + code.substring(8, 17) + "创新工作室");
        row.put(RosterColumn.ENTERPRISE_NAME, "淮北矩阵名单" + code.substring(8, 17) + "有限公司");
        row.put(RosterColumn.CREDIT_CODE, code);
        row.put(RosterColumn.OWNERSHIP, "国有企业");
        row.put(RosterColumn.INDUSTRY, "37");
        row.put(RosterColumn.REGION, RECORD_REGION);
        row.put(RosterColumn.TIER, "市级");
        row.put(RosterColumn.LEADER, "张伟");
        row.put(RosterColumn.TEAM_SIZE, "12");
        row.put(RosterColumn.SUMMARY, "矩阵测试能力");
        row.put(RosterColumn.CONTACT_PERSON, "王丽");
        return Rosters.csv(List.of(row), true);
    }

    /** An allowed upload: its job registered the enterprise and its studio, each with its event. */
    private static void imported(String code, Response response) {
        JsonPath job = completed(response);
        assertEquals(1, job.getInt("counts.created"), job.prettify());
        assertEquals(1, job.getInt("counts.enterprisesCreated"), job.prettify());
        List<Map<String, Object>> studios = Db.rows("SELECT e.id::text AS enterprise, s.id::text AS studio FROM enterprise e"
                + " JOIN studio s ON s.enterprise_id = e.id WHERE e.unified_social_credit_code = ?", code);
        assertEquals(1, studios.size());
        assertEquals(List.of("enterprise.registered.v2"), Db.eventTypes(studios.get(0).get("enterprise").toString()));
        assertEquals(List.of("studio.registered.v1"), Db.eventTypes(studios.get(0).get("studio").toString()));
    }

    /** Another region's union's upload: accepted, and its one row refused for lying outside that region. */
    private static void refusedRowByRow(String code, Response response) {
        JsonPath job = completed(response);
        assertEquals(0, job.getInt("counts.created"), job.prettify());
        assertEquals(List.of(2), job.getList("invalidRows.row"), job.prettify());
        assertThat(job.getList("invalidRows[0].errors.reason"),
                hasItem(RECORD_REGION + "不在本工会所辖地区（" + OTHER_REGION + "）内"));
        assertEquals(0L, Db.count("SELECT count(*) FROM enterprise WHERE unified_social_credit_code = ?", code));
    }

    /** Another region's union lists only the imports of unions its region covers. */
    private static void onlyOwnJobs(String target, Response response) {
        for (String id : response.jsonPath().<String>getList("items.id")) {
            Object owner = Db.rows("SELECT owner_region FROM import_job WHERE id = ?::uuid", id).get(0).get("owner_region");
            assertTrue(owner != null && RegionScope.covers(OTHER_REGION, owner.toString()), "job " + id + " of " + owner);
        }
    }

    /** Waits for the job the upload answered with; a running job would still be writing while the matrix compares. */
    private static JsonPath completed(Response response) {
        List<JsonPath> seen = Rosters.awaitCompletion(TestTokens.operator(), response.header("Location"), WAIT);
        return seen.get(seen.size() - 1);
    }

    /** A completed job uploaded by Huaibei's union; its id. */
    private static String job() {
        String location = Rosters.uploadCsv(TestTokens.union(RECORD_REGION), "roster.csv", roster(Fixtures.uscc(RECORD_REGION)))
                .then().statusCode(202).extract().header("Location");
        Rosters.awaitCompletion(TestTokens.operator(), location, WAIT);
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
