package org.alliance.review.domain.reaccreditation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A studio's five-yearly re-review (复评): opened when it falls due, scored by experts against the
 * seven haves, decided RENEWED or REVOKED with reasons. The studio's facts are copied from the registry
 * replica when the case opens, so the case reads as it was judged.
 */
@Entity
@Table(name = "reaccreditation_case")
public class ReaccreditationCase extends PanacheEntityBase {

    public enum Status { OPEN, DECIDED }

    public enum Decision { RENEWED, REVOKED }

    @Id
    public UUID id;

    @Column(name = "studio_id")
    public UUID studioId;

    @Column(name = "studio_name")
    public String studioName;

    @Column(name = "enterprise_id")
    public UUID enterpriseId;

    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    public String tier;

    @Column(name = "accredited_on")
    public LocalDate accreditedOn;

    @Column(name = "re_review_due")
    public LocalDate reReviewDue;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "reasons", columnDefinition = "text[]")
    public List<String> reasons;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "failed_items", columnDefinition = "text[]")
    public List<String> failedItems;

    @Column(name = "average_score")
    public BigDecimal averageScore;

    @Column(name = "decided_by", columnDefinition = "bpchar(6)")
    public String decidedBy;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Version
    public long version;
}
