package org.alliance.matching.domain.replica;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Replica of a registry studio. The columns the service filters and ranks on are broken out; the
 * whole payload as received is kept in {@link #state}. Contact details must only be shown after both
 * sides of a match accepted.
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

    /** NATIONAL_DEMONSTRATION, PROVINCIAL_DEMONSTRATION, MUNICIPAL, DISTRICT_BUREAU_GROUP or ENTERPRISE. */
    public String tier;

    /** REGISTERED, ACCREDITED or REVOKED; a revoked studio is never proposed. */
    public String status;

    @Column(name = "capability_summary")
    public String capabilitySummary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] keywords;

    @Column(name = "contact_person")
    public String contactPerson;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    /** The studio event's payload as received (JSON text). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String state;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
