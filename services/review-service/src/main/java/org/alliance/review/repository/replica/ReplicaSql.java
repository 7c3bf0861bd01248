package org.alliance.review.repository.replica;

/**
 * The replica's version-guarded upserts ({@code ?n} parameters for Hibernate Reactive native
 * queries). A row is replaced only by a strictly higher version, so an older or repeated event
 * changes nothing, in whatever order events arrive. Parameters are sent as text and cast in SQL:
 * the Vert.x client refuses a string for a uuid, date or timestamptz parameter.
 */
public final class ReplicaSql {

    public static final String UPSERT_ENTERPRISE = """
            INSERT INTO enterprise AS t (id, name, unified_social_credit_code, ownership, industry_section,
                industry_division, region_code, version, updated_at, group_enterprise_id)
            VALUES (cast(cast(?1 AS text) AS uuid), ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(cast(?9 AS text) AS timestamptz),
                cast(cast(?10 AS text) AS uuid))
            ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, group_enterprise_id = EXCLUDED.group_enterprise_id,
                unified_social_credit_code = EXCLUDED.unified_social_credit_code, ownership = EXCLUDED.ownership,
                industry_section = EXCLUDED.industry_section, industry_division = EXCLUDED.industry_division,
                region_code = EXCLUDED.region_code, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
            WHERE t.version < EXCLUDED.version""";

    public static final String UPSERT_LINK = """
            INSERT INTO supply_link AS t (id, upstream_enterprise_id, downstream_enterprise_id, product, active, version, updated_at)
            VALUES (cast(cast(?1 AS text) AS uuid), cast(cast(?2 AS text) AS uuid), cast(cast(?3 AS text) AS uuid), ?4, ?5, ?6,
                cast(cast(?7 AS text) AS timestamptz))
            ON CONFLICT (id) DO UPDATE SET upstream_enterprise_id = EXCLUDED.upstream_enterprise_id,
                downstream_enterprise_id = EXCLUDED.downstream_enterprise_id, product = EXCLUDED.product,
                active = EXCLUDED.active, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
            WHERE t.version < EXCLUDED.version""";

    public static final String UPSERT_STUDIO = """
            INSERT INTO studio AS t (id, name, enterprise_id, enterprise_name, region_code, industry_section,
                industry_division, tier, status, accredited_on, re_review_due, state, version, updated_at)
            VALUES (cast(cast(?1 AS text) AS uuid), ?2, cast(cast(?3 AS text) AS uuid), ?4, ?5, ?6, ?7, ?8, ?9,
                cast(cast(?10 AS text) AS date), cast(cast(?11 AS text) AS date), cast(cast(?12 AS text) AS jsonb), ?13,
                cast(cast(?14 AS text) AS timestamptz))
            ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, enterprise_id = EXCLUDED.enterprise_id,
                enterprise_name = EXCLUDED.enterprise_name, region_code = EXCLUDED.region_code,
                industry_section = EXCLUDED.industry_section, industry_division = EXCLUDED.industry_division,
                tier = EXCLUDED.tier, status = EXCLUDED.status, accredited_on = EXCLUDED.accredited_on,
                re_review_due = EXCLUDED.re_review_due, state = EXCLUDED.state, version = EXCLUDED.version,
                updated_at = EXCLUDED.updated_at
            WHERE t.version < EXCLUDED.version""";

    /**
     * A case opened before its studio reached the replica learns the studio's enterprise (and, when
     * the form named none, its industry division) once the studio arrives.
     */
    public static final String FILL_CASES_OF_STUDIO = """
            UPDATE review_case SET enterprise_id = cast(cast(?2 AS text) AS uuid),
                industry_division = coalesce(industry_division, ?3), updated_at = now()
            WHERE studio_id = cast(cast(?1 AS text) AS uuid) AND enterprise_id IS NULL""";

    private ReplicaSql() {
    }
}
