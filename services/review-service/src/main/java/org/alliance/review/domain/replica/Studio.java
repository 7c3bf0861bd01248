package org.alliance.review.domain.replica;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * This service's copy of a registry studio (written only by registry events). {@code state} is the
 * whole payload of the newest event (leader, seven haves, accreditation, revocation) as JSON text.
 */
@Entity
@Table(name = "studio")
public class Studio extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "enterprise_id")
    public UUID enterpriseId;

    @Column(name = "enterprise_name")
    public String enterpriseName;

    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    @Column(name = "industry_section", columnDefinition = "bpchar(1)")
    public String industrySection;

    @Column(name = "industry_division", columnDefinition = "bpchar(2)")
    public String industryDivision;

    public String tier;

    /** REGISTERED, ACCREDITED or REVOKED, as the registry last said. */
    public String status;

    @Column(name = "accredited_on")
    public LocalDate accreditedOn;

    @Column(name = "re_review_due")
    public LocalDate reReviewDue;

    @JdbcTypeCode(SqlTypes.JSON)
    public String state;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
