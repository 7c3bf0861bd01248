package org.alliance.application.domain.studio;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** This service's copy of a registry studio: the state eligibility reads (region, tier, accreditation). */
@Entity
@Table(name = "studio")
public class Studio extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "enterprise_name")
    public String enterpriseName;

    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    public String tier;

    /** REGISTERED, ACCREDITED or REVOKED, as the registry last said. */
    public String status;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean accredited() {
        return "ACCREDITED".equals(status);
    }
}
