package org.alliance.registry.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An enterprise (企业) with its GB/T 4754-2017 industry and GB/T 2260 region. */
@Entity
@Table(name = "enterprise")
public class Enterprise extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "unified_social_credit_code", columnDefinition = "bpchar(18)")
    public String unifiedSocialCreditCode;

    @Enumerated(EnumType.STRING)
    public Ownership ownership;

    @Column(name = "industry_section", columnDefinition = "bpchar(1)")
    public String industrySection;

    @Column(name = "industry_division", columnDefinition = "bpchar(2)")
    public String industryDivision;

    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    /** The head enterprise of its group (集团公司), null for none and for a head itself. */
    @Column(name = "group_enterprise_id")
    public UUID groupEnterpriseId;

    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    void apply(EnterpriseDetails details) {
        name = details.name();
        unifiedSocialCreditCode = details.unifiedSocialCreditCode();
        ownership = details.ownership();
        industrySection = details.industrySection();
        industryDivision = details.industryDivision();
        regionCode = details.regionCode();
        groupEnterpriseId = details.groupEnterpriseId();
    }
}
