package org.alliance.application.domain.call;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A funding call (申报批次): one union's boost programme of one year. Every number that decides an
 * application lives here or in the call's amount, quota and focus-industry rows; once the call is
 * published they are frozen.
 */
@Entity
@Table(name = "funding_call")
public class FundingCall extends PanacheEntityBase {

    /** 专利助推 pays per granted service-invention patent; 项目助推 funds a studio's project; 优秀成果 the yearly selection. */
    public enum Kind { PATENT_BOOST, PROJECT_BOOST, OUTSTANDING_ACHIEVEMENT }

    /** Stored status; whether a published call is open or closed follows from its window and the clock. */
    public enum Status { DRAFTED, PUBLISHED }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public int year;

    public String title;

    @Column(name = "issuing_union")
    public String issuingUnion;

    @Column(name = "issuing_region", columnDefinition = "bpchar(6)")
    public String issuingRegion;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "opens_on")
    public LocalDate opensOn;

    @Column(name = "closes_on")
    public LocalDate closesOn;

    @Column(name = "budget_rmb")
    public long budgetRmb;

    @Column(name = "max_applications_per_studio")
    public int maxApplicationsPerStudio;

    @Column(name = "max_funded_per_studio")
    public int maxFundedPerStudio;

    @Column(name = "completion_months")
    public int completionMonths;

    /** Studio tier names a project call accepts. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_tiers", columnDefinition = "text[]")
    public List<String> eligibleTiers;

    @Column(name = "grant_from")
    public LocalDate grantFrom;

    @Column(name = "grant_to")
    public LocalDate grantTo;

    /** The lowest aggregate expert score that may be funded; null: no threshold. */
    @Column(name = "minimum_score")
    public BigDecimal minimumScore;

    /** A graded tier's application scoring at least this gets grade A, below it grade B. */
    @Column(name = "grade_a_score")
    public BigDecimal gradeAScore;

    /** Regional balancing: every region's best this many fundable applications go first (0: rank alone). */
    @Column(name = "region_minimum_places")
    public int regionMinimumPlaces;

    /** The most applications the call funds in all; null: the budget alone limits. */
    public Integer places;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** When the issuing union closed the window early; null: the window runs to the end of {@code closesOn}. */
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closing_reason")
    public String closingReason;
}
