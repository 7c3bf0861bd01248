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
import java.util.stream.Collectors;
import org.alliance.registry.domain.Studio;
import org.alliance.registry.domain.StudioStatus;
import org.alliance.registry.domain.StudioTier;

/**
 * A measurement baseline, not a repository to build on: reads one studio with the SELECT Hibernate
 * issues for {@code StudioRepository.findById} (the same columns of the same table by primary key)
 * through the plain reactive PostgreSQL client, and fills a detached {@link Studio} from the row.
 * Set beside {@code GET /api/v1/studios/{id}}, it shows what the ORM layer costs (bench/run registry);
 * like {@code BaselineResource}, only the benchmark's build of the registry holds it.
 * Keep {@link #COLUMNS} equal to the entity's mapped columns: each names its column once, and the
 * SELECT and the row mapping both come from it.
 */
@ApplicationScoped
public class StudioBaselineQuery {

    /** A column and how its value, read by the column's name {@code c}, goes into the studio. */
    private record Column(String name, Setter setter) {
    }

    @FunctionalInterface
    private interface Setter {
        void set(Studio s, Row r, String c);
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("id", (s, r, c) -> s.id = r.getUUID(c)),
            new Column("name", (s, r, c) -> s.name = r.getString(c)),
            new Column("enterprise_id", (s, r, c) -> s.enterpriseId = r.getUUID(c)),
            new Column("enterprise_name", (s, r, c) -> s.enterpriseName = r.getString(c)),
            new Column("region_code", (s, r, c) -> s.regionCode = r.getString(c)),
            new Column("industry_section", (s, r, c) -> s.industrySection = r.getString(c)),
            new Column("industry_division", (s, r, c) -> s.industryDivision = r.getString(c)),
            new Column("tier", (s, r, c) -> s.tier = tier(r, c)),
            new Column("leader_name", (s, r, c) -> s.leaderName = r.getString(c)),
            new Column("leader_honours", (s, r, c) -> s.leaderHonours = strings(r, c)),
            new Column("team_size", (s, r, c) -> s.teamSize = r.getInteger(c)),
            new Column("focus_industries", (s, r, c) -> s.focusIndustries = strings(r, c)),
            new Column("capabilities_summary", (s, r, c) -> s.capabilitiesSummary = r.getString(c)),
            new Column("capability_keywords", (s, r, c) -> s.capabilityKeywords = strings(r, c)),
            new Column("has_model_worker_lead", (s, r, c) -> s.hasModelWorkerLead = r.getBoolean(c)),
            new Column("has_team", (s, r, c) -> s.hasTeam = r.getBoolean(c)),
            new Column("has_venue", (s, r, c) -> s.hasVenue = r.getBoolean(c)),
            new Column("has_equipment", (s, r, c) -> s.hasEquipment = r.getBoolean(c)),
            new Column("has_rules", (s, r, c) -> s.hasRules = r.getBoolean(c)),
            new Column("has_funding", (s, r, c) -> s.hasFunding = r.getBoolean(c)),
            new Column("has_results", (s, r, c) -> s.hasResults = r.getBoolean(c)),
            new Column("status", (s, r, c) -> s.status = StudioStatus.valueOf(r.getString(c))),
            new Column("accreditation_tier", (s, r, c) -> s.accreditationTier = tier(r, c)),
            new Column("accredited_by", (s, r, c) -> s.accreditedBy = r.getString(c)),
            new Column("accredited_on", (s, r, c) -> s.accreditedOn = r.getLocalDate(c)),
            new Column("re_review_due", (s, r, c) -> s.reReviewDue = r.getLocalDate(c)),
            new Column("revocation_reason", (s, r, c) -> s.revocationReason = r.getString(c)),
            new Column("revoked_on", (s, r, c) -> s.revokedOn = r.getLocalDate(c)),
            new Column("contact_person", (s, r, c) -> s.contactPerson = r.getString(c)),
            new Column("contact_phone", (s, r, c) -> s.contactPhone = r.getString(c)),
            new Column("contact_email", (s, r, c) -> s.contactEmail = r.getString(c)),
            new Column("version", (s, r, c) -> s.version = r.getLong(c)),
            new Column("created_at", (s, r, c) -> s.createdAt = r.getOffsetDateTime(c).toInstant()),
            new Column("updated_at", (s, r, c) -> s.updatedAt = r.getOffsetDateTime(c).toInstant()));

    static final String SELECT = "SELECT " + COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "))
            + " FROM studio WHERE id = $1";

    @Inject
    Pool pool;

    public Uni<Optional<Studio>> find(UUID id) {
        return pool.preparedQuery(SELECT).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(studio(rows.iterator().next())));
    }

    private static Studio studio(Row r) {
        Studio s = new Studio();
        for (Column column : COLUMNS) {
            column.setter().set(s, r, column.name());
        }
        return s;
    }

    /** A tier column: {@code tier} always has one, {@code accreditation_tier} only once accredited. */
    private static StudioTier tier(Row r, String c) {
        String tier = r.getString(c);
        return tier == null ? null : StudioTier.valueOf(tier);
    }

    private static List<String> strings(Row r, String c) {
        return Arrays.asList(r.getArrayOfStrings(c));
    }
}
