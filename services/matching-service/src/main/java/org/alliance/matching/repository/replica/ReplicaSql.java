package org.alliance.matching.repository.replica;

/**
 * The replica's version-guarded upserts, written once with {@code ?n} parameters for Hibernate
 * Reactive native queries; {@link #numbered} gives the {@code $n} form for the Vert.x client the
 * bulk rebuild uses. A row is replaced only by a strictly higher version, so an older or repeated
 * event changes nothing, in whatever order events arrive. Every parameter is text (or a number or
 * boolean), cast to text before any other type: PostgreSQL would otherwise infer it as uuid or
 * timestamptz, and the Vert.x client, under both paths, refuses to send a string for those.
 */
public final class ReplicaSql {

    public static final String UPSERT_ENTERPRISE = """
            INSERT INTO enterprise AS t (id, name, ownership, industry_section, industry_division, region_code, version, updated_at)
            VALUES (cast(cast(?1 AS text) AS uuid), ?2, ?3, ?4, ?5, ?6, ?7, cast(cast(?8 AS text) AS timestamptz))
            ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, ownership = EXCLUDED.ownership,
                industry_section = EXCLUDED.industry_section, industry_division = EXCLUDED.industry_division,
                region_code = EXCLUDED.region_code, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
            WHERE t.version < EXCLUDED.version""";

    public static final String UPSERT_LINK = """
            INSERT INTO supply_link AS t (id, upstream_enterprise_id, downstream_enterprise_id, product, active, version, updated_at)
            VALUES (cast(cast(?1 AS text) AS uuid), cast(cast(?2 AS text) AS uuid), cast(cast(?3 AS text) AS uuid), ?4, ?5, ?6, cast(cast(?7 AS text) AS timestamptz))
            ON CONFLICT (id) DO UPDATE SET upstream_enterprise_id = EXCLUDED.upstream_enterprise_id,
                downstream_enterprise_id = EXCLUDED.downstream_enterprise_id, product = EXCLUDED.product,
                active = EXCLUDED.active, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
            WHERE t.version < EXCLUDED.version""";

    public static final String UPSERT_STUDIO = """
            INSERT INTO studio AS t (id, name, enterprise_id, enterprise_name, region_code, industry_section, industry_division,
                tier, status, capability_summary, keywords, contact_person, contact_phone, contact_email, state, version, updated_at)
            VALUES (cast(cast(?1 AS text) AS uuid), ?2, cast(cast(?3 AS text) AS uuid), ?4, ?5, ?6, ?7, ?8, ?9, ?10,
                ARRAY(SELECT jsonb_array_elements_text(cast(cast(?11 AS text) AS jsonb))), ?12, ?13, ?14, cast(cast(?15 AS text) AS jsonb), ?16,
                cast(cast(?17 AS text) AS timestamptz))
            ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, enterprise_id = EXCLUDED.enterprise_id,
                enterprise_name = EXCLUDED.enterprise_name, region_code = EXCLUDED.region_code,
                industry_section = EXCLUDED.industry_section, industry_division = EXCLUDED.industry_division,
                tier = EXCLUDED.tier, status = EXCLUDED.status, capability_summary = EXCLUDED.capability_summary,
                keywords = EXCLUDED.keywords, contact_person = EXCLUDED.contact_person,
                contact_phone = EXCLUDED.contact_phone, contact_email = EXCLUDED.contact_email, state = EXCLUDED.state,
                version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
            WHERE t.version < EXCLUDED.version""";

    private ReplicaSql() {
    }

    /** {@code ?n} to {@code $n}. */
    public static String numbered(String sql) {
        return sql.replaceAll("\\?(\\d+)", "\\$$1");
    }
}
