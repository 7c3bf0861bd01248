package org.alliance.review.repository.assignment;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.eventing.sql.SessionSql;
import org.alliance.review.domain.assignment.CaseProfile;
import org.alliance.review.domain.assignment.Conflict;
import org.alliance.review.domain.assignment.EnterpriseRelations;

/**
 * What an assignment run reads in its transaction, each in one statement whatever the number of cases:
 * the call's signed-off project cases without experts, the experts' loads, the supply links touching the
 * applicants (from the registry replica) and the groups of the enterprises involved.
 */
@ApplicationScoped
public class AssignmentRows {

    /** A case as assignment reads it, with its region for the caller's scope and its application for the events. */
    public record OpenCase(CaseProfile profile, String regionCode, UUID applicationId) {
    }

    /** Serialises assignment runs and declines of one call, across instances, until the transaction ends. */
    public Uni<Void> lockCall(UUID callId) {
        return SessionSql.rows("SELECT pg_advisory_xact_lock(hashtext('review-assignment:' || $1::text))", callId.toString())
                .replaceWithVoid();
    }

    /** Signed-off project and achievement cases of the call (patents are not scored) that no expert was ever assigned to. */
    public Uni<List<OpenCase>> unassignedCases(UUID callId) {
        return SessionSql.rowsAfterFlush("""
                SELECT c.id, c.studio_id, c.enterprise_id, c.industry_division, c.title, c.region_code, c.application_id
                FROM review_case c
                WHERE c.call_id = $1 AND c.status = 'SIGNED_OFF' AND c.kind IN ('PROJECT_BOOST', 'OUTSTANDING_ACHIEVEMENT')
                  AND NOT EXISTS (SELECT 1 FROM expert_assignment a WHERE a.case_id = c.id)
                ORDER BY c.id""", callId).map(AssignmentRows::cases);
    }

    /** One case, whatever its state (for reassignment after a decline). */
    public Uni<List<OpenCase>> reviewCase(UUID caseId) {
        return SessionSql.rowsAfterFlush("""
                SELECT c.id, c.studio_id, c.enterprise_id, c.industry_division, c.title, c.region_code, c.application_id
                FROM review_case c WHERE c.id = $1""", caseId).map(AssignmentRows::cases);
    }

    private static List<OpenCase> cases(List<Object[]> rows) {
        List<OpenCase> cases = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            cases.add(new OpenCase(new CaseProfile((UUID) r[0], (UUID) r[1], (UUID) r[2], trim(r[3]), (String) r[4]), trim(r[5]), (UUID) r[6]));
        }
        return cases;
    }

    private static String trim(Object value) {
        return value == null ? null : value.toString().strip();
    }

    /** Each expert's cases in the call that they have not declined. */
    public Uni<Map<UUID, Integer>> loads(UUID callId) {
        return SessionSql.rowsAfterFlush("""
                SELECT expert_id, count(*) FROM expert_assignment
                WHERE call_id = $1 AND status = 'ASSIGNED' GROUP BY expert_id""", callId).map(rows -> {
                    Map<UUID, Integer> load = new HashMap<>();
                    rows.forEach(r -> load.put((UUID) r[0], ((Number) r[1]).intValue()));
                    return load;
                });
    }

    /** Active supply links with an applicant at either end, and the groups of the applicants and the employers. */
    public Uni<EnterpriseRelations> relations(Collection<UUID> applicants, Collection<UUID> employers) {
        UUID[] ids = applicants.toArray(UUID[]::new);
        List<UUID> involved = new ArrayList<>(applicants);
        involved.addAll(employers);
        return SessionSql.rows("""
                SELECT upstream_enterprise_id, downstream_enterprise_id FROM supply_link
                WHERE active AND upstream_enterprise_id = ANY($1)
                UNION
                SELECT upstream_enterprise_id, downstream_enterprise_id FROM supply_link
                WHERE active AND downstream_enterprise_id = ANY($1)""", (Object) ids)
                .flatMap(links -> SessionSql.rows(GROUPS, (Object) involved.toArray(UUID[]::new)).map(groups -> {
                            List<EnterpriseRelations.Link> list = new ArrayList<>(links.size());
                            links.forEach(l -> list.add(new EnterpriseRelations.Link((UUID) l[0], (UUID) l[1])));
                            Map<UUID, EnterpriseRelations.Group> byEnterprise = new HashMap<>();
                            groups.forEach(g -> byEnterprise.put((UUID) g[0], new EnterpriseRelations.Group((UUID) g[1], (String) g[2])));
                            return EnterpriseRelations.of(java.util.Set.copyOf(applicants), list, byEnterprise);
                        }));
    }

    /**
     * The group of each enterprise asked for that is in one: its head's id (its own id for a head with members) and the
     * head's name, null while the head's own event has not reached the replica.
     */
    private static final String GROUPS = """
            SELECT e.id, coalesce(e.group_enterprise_id, e.id), h.name FROM enterprise e
            LEFT JOIN enterprise h ON h.id = coalesce(e.group_enterprise_id, e.id)
            WHERE e.id = ANY($1)
              AND (e.group_enterprise_id IS NOT NULL OR EXISTS (SELECT 1 FROM enterprise m WHERE m.group_enterprise_id = e.id))""";

    /** Records the conflicts found for a case; one already recorded for the same expert stays as it was. */
    public Uni<Void> exclude(List<Map.Entry<UUID, Conflict>> conflicts) {
        if (conflicts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = conflicts.size();
        UUID[] cases = new UUID[n];
        UUID[] experts = new UUID[n];
        String[] codes = new String[n];
        String[] reasons = new String[n];
        for (int i = 0; i < n; i++) {
            cases[i] = conflicts.get(i).getKey();
            experts[i] = conflicts.get(i).getValue().expertId();
            codes[i] = conflicts.get(i).getValue().reason().code();
            reasons[i] = conflicts.get(i).getValue().explanation();
        }
        return SessionSql.rows("""
                INSERT INTO assignment_exclusion (case_id, expert_id, reason_code, reason)
                SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])
                ON CONFLICT DO NOTHING""", cases, experts, codes, reasons).replaceWithVoid();
    }

    /** The exclusions of a case: expert id, expert name, reason code, reason; by name. */
    public Uni<List<Object[]>> exclusions(UUID caseId) {
        return SessionSql.rowsAfterFlush("""
                SELECT x.expert_id, e.name, x.reason_code, x.reason FROM assignment_exclusion x
                JOIN expert e ON e.id = x.expert_id WHERE x.case_id = $1 ORDER BY e.name, x.expert_id""", caseId);
    }
}
