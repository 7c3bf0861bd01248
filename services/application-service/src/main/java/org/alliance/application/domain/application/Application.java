package org.alliance.application.domain.application;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.alliance.application.domain.call.FundingCall;

/**
 * An application (申报) under a call. Drafted by a union, submitted (every eligibility rule is
 * checked then), withdrawn by the union, returned for changes by the review side and amended, and
 * finally decided funded or not.
 */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    public enum Status { DRAFT, SUBMITTED, WITHDRAWN, RETURNED, FUNDED, NOT_FUNDED }

    @Id
    public UUID id;

    @Column(name = "call_id")
    public UUID callId;

    @Enumerated(EnumType.STRING)
    public FundingCall.Kind kind;

    @Column(name = "call_year")
    public int callYear;

    /** The region the application is filed in: its studio's, or for a patent the enterprise's. */
    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "studio_id")
    public UUID studioId;

    @Column(name = "enterprise_name")
    public String enterpriseName;

    @Column(name = "patent_number")
    public String patentNumber;

    @Column(name = "patent_title")
    public String patentTitle;

    @Column(name = "granted_on")
    public LocalDate grantedOn;

    @Column(name = "inventor_name")
    public String inventorName;

    /** The first inventor's union mutual-aid service card (工会会员互助服务卡) number. */
    @Column(name = "member_card")
    public String memberCard;

    public Boolean frontline;

    /** How the enterprise applies the patent in production. */
    @Column(name = "use_in_production")
    public String useInProduction;

    public String title;

    @Column(name = "technical_content")
    public String technicalContent;

    @Column(name = "problem_solved")
    public String problemSolved;

    @Column(name = "skills_training")
    public String skillsTraining;

    @Column(name = "industry_section", columnDefinition = "bpchar(1)")
    public String industrySection;

    @Column(name = "industry_division", columnDefinition = "bpchar(2)")
    public String industryDivision;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "startup_funds_paid")
    public Boolean startupFundsPaid;

    @Column(name = "planned_completion")
    public LocalDate plannedCompletion;

    // outstanding achievement (its name is title, its industry the industry columns, its use
    // use_in_production, its lead worker's card member_card)
    @Column(name = "achievement_category")
    public String achievementCategory;

    @Column(name = "achievement_summary")
    public String achievementSummary;

    @Column(name = "lead_name")
    public String leadName;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "economic_value_rmb")
    public Long economicValueRmb;

    @Column(name = "promotion_plan")
    public String promotionPlan;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "filed_by")
    public String filedBy;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Counts towards the per-studio and per-person limits. */
    public boolean live() {
        return status != Status.DRAFT && status != Status.WITHDRAWN;
    }
}
