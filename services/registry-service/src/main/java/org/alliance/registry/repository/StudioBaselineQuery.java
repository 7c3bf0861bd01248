package org.alliance.registry.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.registry.domain.Studio;
import org.alliance.registry.domain.StudioStatus;
import org.alliance.registry.domain.StudioTier;

/**
 * A measurement baseline, not a repository to build on: reads one studio with the SELECT Hibernate
 * issues for {@code StudioRepository.findById} (the same columns of the same table by primary key)
 * through the plain reactive PostgreSQL client, and fills a detached {@link Studio} from the row.
 * Set beside {@code GET /api/v1/studios/{id}}, it shows what the ORM layer costs (bench/run registry).
 * Keep the column list equal to the entity's mapped columns.
 */
@ApplicationScoped
public class StudioBaselineQuery {

    static final String SELECT = "SELECT id, name, enterprise_id, enterprise_name, region_code, industry_section,"
            + " industry_division, tier, leader_name, leader_honours, team_size, focus_industries, capabilities_summary,"
            + " capability_keywords, has_model_worker_lead, has_team, has_venue, has_equipment, has_rules, has_funding,"
            + " has_results, status, accreditation_tier, accredited_by, accredited_on, re_review_due, revocation_reason,"
            + " revoked_on, contact_person, contact_phone, contact_email, version, created_at, updated_at"
            + " FROM studio WHERE id = $1";

    @Inject
    Pool pool;

    public Uni<Optional<Studio>> find(UUID id) {
        return pool.preparedQuery(SELECT).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(studio(rows.iterator().next())));
    }

    private static Studio studio(Row r) {
        Studio s = new Studio();
        s.id = r.getUUID("id");
        s.name = r.getString("name");
        s.enterpriseId = r.getUUID("enterprise_id");
        s.enterpriseName = r.getString("enterprise_name");
        s.regionCode = r.getString("region_code");
        s.industrySection = r.getString("industry_section");
        s.industryDivision = r.getString("industry_division");
        s.tier = StudioTier.valueOf(r.getString("tier"));
        s.leaderName = r.getString("leader_name");
        s.leaderHonours = strings(r, "leader_honours");
        s.teamSize = r.getInteger("team_size");
        s.focusIndustries = strings(r, "focus_industries");
        s.capabilitiesSummary = r.getString("capabilities_summary");
        s.capabilityKeywords = strings(r, "capability_keywords");
        s.hasModelWorkerLead = r.getBoolean("has_model_worker_lead");
        s.hasTeam = r.getBoolean("has_team");
        s.hasVenue = r.getBoolean("has_venue");
        s.hasEquipment = r.getBoolean("has_equipment");
        s.hasRules = r.getBoolean("has_rules");
        s.hasFunding = r.getBoolean("has_funding");
        s.hasResults = r.getBoolean("has_results");
        s.status = StudioStatus.valueOf(r.getString("status"));
        String accreditationTier = r.getString("accreditation_tier");
        s.accreditationTier = accreditationTier == null ? null : StudioTier.valueOf(accreditationTier);
        s.accreditedBy = r.getString("accredited_by");
        s.accreditedOn = r.getLocalDate("accredited_on");
        s.reReviewDue = r.getLocalDate("re_review_due");
        s.revocationReason = r.getString("revocation_reason");
        s.revokedOn = r.getLocalDate("revoked_on");
        s.contactPerson = r.getString("contact_person");
        s.contactPhone = r.getString("contact_phone");
        s.contactEmail = r.getString("contact_email");
        s.version = r.getLong("version");
        s.createdAt = r.getOffsetDateTime("created_at").toInstant();
        s.updatedAt = r.getOffsetDateTime("updated_at").toInstant();
        return s;
    }

    private static List<String> strings(Row r, String column) {
        return Arrays.asList(r.getArrayOfStrings(column));
    }
}
