package org.alliance.review.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.alliance.testing.TestPostgres;

/**
 * A call's review as the decision finds it, written straight into the tables the other parts of the
 * service keep (the studio replica, review cases, expert assignments and scores): the decision's tests
 * need many cases in exact states, not the sign-off and scoring flows, which have tests of their own.
 */
public final class SelectionCases {

    private SelectionCases() {
    }

    /** Publishes a call (the schema's example, Beijing 2021, window closed) and waits for the copy. */
    public static UUID call(ObjectNode terms) {
        UUID id = UUID.fromString(terms.path("callId").asText());
        Feed.publishCall(terms);
        Db.await(r -> !r.isEmpty(), "SELECT id FROM funding_call WHERE id = ?", id);
        return id;
    }

    /** A studio of the replica. */
    public static UUID studio(String region, String tier) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO studio (id, name, enterprise_id, region_code, industry_section, industry_division, tier, status, state,"
                + " version, updated_at) VALUES (?, ?, ?, ?, 'C', '34', ?, 'ACCREDITED', '{}'::jsonb, 1, now())",
                id, "测试创新工作室" + id.toString().substring(0, 4), UUID.randomUUID(), region, tier);
        return id;
    }

    /** A case of the call in {@code status}, submitted at {@code submittedAt}; answers the application id. */
    public static UUID application(UUID call, UUID studio, String region, String status, Instant submittedAt) {
        UUID application = UUID.randomUUID();
        update("INSERT INTO review_case (id, application_id, call_id, call_year, kind, region_code, studio_id, enterprise_name, title,"
                + " industry_division, stage, status, application_version, submitted_at) VALUES (?, ?, ?, 2021, 'PROJECT_BOOST', ?, ?,"
                + " '北京测试企业有限公司', '数控机床主轴热变形补偿', '34', ?, ?, 1, ?)",
                UUID.randomUUID(), application, call, region, studio, "SIGNED_OFF".equals(status) ? "SIGNED_OFF" : "CITY", status,
                Timestamp.from(submittedAt));
        return application;
    }

    /** Three experts assigned to the application's case, each scoring {@code totals} (one per expert). */
    public static void scores(UUID application, UUID call, String... totals) {
        UUID caseId = UUID.fromString(Db.column("SELECT id FROM review_case WHERE application_id = ?", application).get(0));
        for (String total : totals) {
            UUID expert = UUID.randomUUID();
            update("INSERT INTO expert (id, name, affiliation, specialty, region_code) VALUES (?, '张工', '北京某研究院', '智能装备', '110000')",
                    expert);
            update("INSERT INTO expert_assignment (id, case_id, call_id, expert_id, status, relevance, relevance_terms, load_before,"
                    + " assigned_by, assigned_at) VALUES (?, ?, ?, ?, 'ASSIGNED', 1, '{}', 0, 'test', now())",
                    UUID.randomUUID(), caseId, call, expert);
            update("INSERT INTO expert_score (id, case_id, expert_id, version, items, total, submitted_at)"
                    + " VALUES (?, ?, ?, 1, '[]'::jsonb, ?, now())", UUID.randomUUID(), caseId, expert, new BigDecimal(total));
        }
    }

    public static void update(String sql, Object... parameters) {
        try (Connection c = TestPostgres.server().connect(Db.DATABASE); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of the tables the decision writes, and the outbox: any write shows up. */
    public static List<String> fingerprint() {
        return Db.column("SELECT concat_ws('|', (SELECT count(*) FROM call_selection), (SELECT count(*) FROM funding_decision),"
                + " (SELECT count(*) FROM eventing.outbox_event))");
    }
}
