package org.alliance.matching.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A technical need (技术难题) that the alliance tries to meet with a capable studio. */
@Entity
@Table(name = "need")
public class Need extends PanacheEntityBase {

    public enum Urgency { LOW, NORMAL, HIGH }

    public enum Status { OPEN, CLOSED }

    /** Where the proposed studios may come from. */
    public enum RegionScope {
        ANYWHERE,
        /** Only studios of other provinces than the need's: the alliance's cross-region aim. */
        OTHER_REGIONS,
        /** Only studios inside the named GB/T 2260 codes (a province code covers its cities). */
        NAMED
    }

    @Id
    public UUID id;

    public String title;

    public String description;

    /** GB/T 4754-2017 division (two digits) or section (one letter), as posted. */
    @Column(name = "industry_code")
    public String industryCode;

    @Column(name = "industry_section", columnDefinition = "bpchar(1)")
    public String industrySection;

    /** Null when only a section was given. */
    @Column(name = "industry_division", columnDefinition = "bpchar(2)")
    public String industryDivision;

    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    /** The posting studio, if a studio posted. */
    @Column(name = "studio_id")
    public UUID studioId;

    /** The enterprise whose problem it is: the origin of supply-chain paths. */
    @Column(name = "enterprise_id")
    public UUID enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_scope")
    public RegionScope regionScope = RegionScope.ANYWHERE;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "scope_regions")
    public String[] scopeRegions = new String[0];

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    @Enumerated(EnumType.STRING)
    public Status status = Status.OPEN;

    /** The token subject that posted it. */
    @Column(name = "posted_by")
    public String postedBy;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();
}
