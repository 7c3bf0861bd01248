package org.alliance.review.domain.accreditation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A studio nominated to a round (a case of the round): the studio's facts copied from the registry
 * replica when it was nominated, the nominating union, and the round's decision on it once closed.
 */
@Entity
@Table(name = "accreditation_case")
public class AccreditationCase extends PanacheEntityBase {

    @Schema(name = "AccreditationDecision")
    public enum Decision { ACCREDITED, NOT_ACCREDITED }

    @Id
    public UUID id;

    @Column(name = "round_id")
    public UUID roundId;

    @Column(name = "studio_id")
    public UUID studioId;

    @Column(name = "studio_name")
    public String studioName;

    @Column(name = "enterprise_id")
    public UUID enterpriseId;

    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    public String tier;

    @Column(name = "studio_status")
    public String studioStatus;

    @Column(name = "nominated_by")
    public String nominatedBy;

    @Column(name = "nominating_region", columnDefinition = "bpchar(6)")
    public String nominatingRegion;

    @Column(name = "nominating_level")
    public String nominatingLevel;

    public String note;

    @Column(name = "nominated_at")
    public OffsetDateTime nominatedAt;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    public RoundReason reasonCode;

    public String reason;

    @Column(name = "average_score")
    public BigDecimal averageScore;

    @Column(name = "experts_scored")
    public Integer expertsScored;

    public Integer rank;
}
