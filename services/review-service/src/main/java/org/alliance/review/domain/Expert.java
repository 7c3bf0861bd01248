package org.alliance.review.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.alliance.review.domain.assignment.ExpertProfile;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An expert reviewer (专家) in the pool that scores applications. */
@Entity
@Table(name = "expert")
public class Expert extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String affiliation;

    /** The field the expert judges, in the union's words, e.g. 焊接工艺 or 智能装备. */
    public String specialty;

    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    public boolean active = true;

    /** The registry enterprise the expert works for; null when unknown (then no employer conflict can be found). */
    @Column(name = "employer_enterprise_id")
    public UUID employerEnterpriseId;

    /** GB/T 4754-2017 two-digit divisions the expert judges. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "industry_divisions", columnDefinition = "text[]")
    public List<String> industryDivisions = List.of();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "keywords", columnDefinition = "text[]")
    public List<String> keywords = List.of();

    /** Studios (registry ids) the expert declared a conflict of interest with. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "declared_conflict_studio_ids", columnDefinition = "uuid[]")
    public List<UUID> declaredConflictStudioIds = List.of();

    @Column(name = "max_cases_per_call")
    public int maxCasesPerCall = 10;

    /** Bumped by every change; the ETag of the expert. */
    public long version = 1;

    public ExpertProfile profile() {
        return new ExpertProfile(id, name, employerEnterpriseId, new HashSet<>(industryDivisions), keywords,
                new HashSet<>(declaredConflictStudioIds), maxCasesPerCall);
    }
}
