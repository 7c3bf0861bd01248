package org.alliance.review.domain.replica;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** This service's copy of a registry enterprise (written only by registry events: read it, never change it). */
@Entity
@Table(name = "enterprise")
public class Enterprise extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "unified_social_credit_code")
    public String unifiedSocialCreditCode;

    /** STATE_OWNED, NON_PUBLIC, COLLECTIVE or FOREIGN_INVESTED. */
    public String ownership;

    @Column(name = "industry_section", columnDefinition = "bpchar(1)")
    public String industrySection;

    @Column(name = "industry_division", columnDefinition = "bpchar(2)")
    public String industryDivision;

    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
