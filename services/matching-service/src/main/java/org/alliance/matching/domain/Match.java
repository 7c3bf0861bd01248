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

/**
 * A need paired with a studio (对接), with the score and the explanation the engine gave. The engine
 * creates it PROPOSED and refreshes score, rank and explanation while it is PROPOSED; decisions
 * (ACCEPTED, DECLINED) belong to the coordinators' side and are never overwritten by re-scoring.
 */
@Entity
@Table(name = "match")
public class Match extends PanacheEntityBase {

    public enum Status {
        PROPOSED,
        ACCEPTED,
        DECLINED,
        /** Taken back by the engine, e.g. the studio's accreditation was revoked. */
        WITHDRAWN
    }

    @Id
    public UUID id;

    @Column(name = "need_id")
    public UUID needId;

    @Column(name = "studio_id")
    public UUID studioId;

    public double score;

    /** 1 = the need's best proposal at the last scoring. */
    public int rank;

    /** {@link org.alliance.matching.domain.search.Explanation} as JSON text. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String explanation;

    @Enumerated(EnumType.STRING)
    public Status status = Status.PROPOSED;

    @Column(name = "need_region_code", columnDefinition = "bpchar(6)")
    public String needRegionCode;

    @Column(name = "studio_region_code", columnDefinition = "bpchar(6)")
    public String studioRegionCode;

    @Column(name = "industry_section", columnDefinition = "bpchar(1)")
    public String industrySection;

    @Column(name = "industry_division", columnDefinition = "bpchar(2)")
    public String industryDivision;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
