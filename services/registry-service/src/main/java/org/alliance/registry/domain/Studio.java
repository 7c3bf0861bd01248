package org.alliance.registry.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An innovation studio (职工创新工作室). Region and industry are its enterprise's, copied here so
 * that lists filter one table; the current accreditation is kept inline, its history apart.
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

    @Enumerated(EnumType.STRING)
    public StudioTier tier;

    @Column(name = "leader_name")
    public String leaderName;

    /** {@link LeaderHonour} names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "leader_honours", columnDefinition = "text[]")
    public List<String> leaderHonours;

    @Column(name = "team_size")
    public int teamSize;

    /** {@link FocusIndustry} names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "focus_industries", columnDefinition = "text[]")
    public List<String> focusIndustries;

    @Column(name = "capabilities_summary")
    public String capabilitiesSummary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "capability_keywords", columnDefinition = "text[]")
    public List<String> capabilityKeywords;

    @Column(name = "has_model_worker_lead")
    public boolean hasModelWorkerLead;
    @Column(name = "has_team")
    public boolean hasTeam;
    @Column(name = "has_venue")
    public boolean hasVenue;
    @Column(name = "has_equipment")
    public boolean hasEquipment;
    @Column(name = "has_rules")
    public boolean hasRules;
    @Column(name = "has_funding")
    public boolean hasFunding;
    @Column(name = "has_results")
    public boolean hasResults;

    @Enumerated(EnumType.STRING)
    public StudioStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "accreditation_tier")
    public StudioTier accreditationTier;

    @Column(name = "accredited_by", columnDefinition = "bpchar(6)")
    public String accreditedBy;

    @Column(name = "accredited_on")
    public LocalDate accreditedOn;

    @Column(name = "re_review_due")
    public LocalDate reReviewDue;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "contact_person")
    public String contactPerson;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    void apply(StudioDetails d) {
        name = d.name();
        tier = d.tier();
        leaderName = d.leader().name();
        leaderHonours = d.leader().honours().stream().map(Enum::name).toList();
        teamSize = d.teamSize();
        focusIndustries = d.focusIndustries().stream().map(Enum::name).toList();
        capabilitiesSummary = d.capabilities().summary();
        capabilityKeywords = List.copyOf(d.capabilities().keywords());
        StudioDetails.SevenHaves s = d.sevenHaves();
        hasModelWorkerLead = s.modelWorkerLead();
        hasTeam = s.team();
        hasVenue = s.venue();
        hasEquipment = s.equipment();
        hasRules = s.rules();
        hasFunding = s.funding();
        hasResults = s.results();
        contactPerson = d.contact() == null ? null : d.contact().person();
        contactPhone = d.contact() == null ? null : d.contact().phone();
        contactEmail = d.contact() == null ? null : d.contact().email();
    }

    void copyEnterprise(Enterprise e) {
        enterpriseId = e.id;
        enterpriseName = e.name;
        regionCode = e.regionCode;
        industrySection = e.industrySection;
        industryDivision = e.industryDivision;
    }
}
