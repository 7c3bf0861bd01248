package org.alliance.review.domain.cases;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A review case: one per submitted application, opened from {@code application.submitted}. Its
 * materials are signed off (审核盖章) by the unit union, then the district / bureau / group union,
 * then the city union ({@link #stage}); a patent boost needs only the city union's sign-off.
 */
@Entity
@Table(name = "review_case")
public class ReviewCase extends PanacheEntityBase {

    /** Where the sign-off stands: the level that acts next, or {@code SIGNED_OFF} after the city union. */
    public enum Stage { UNIT, DISTRICT, CITY, SIGNED_OFF }

    /**
     * {@code IN_SIGN_OFF} while a level has to act, {@code RETURNED} while the applicant amends (the
     * stage stays at the level that returned it), {@code SIGNED_OFF} once the city union stamped it,
     * {@code REJECTED} (final) by a level, {@code WITHDRAWN} by the applicant.
     */
    public enum Status { IN_SIGN_OFF, RETURNED, SIGNED_OFF, REJECTED, WITHDRAWN }

    public static final String PATENT_BOOST = "PATENT_BOOST";
    public static final String OUTSTANDING_ACHIEVEMENT = "OUTSTANDING_ACHIEVEMENT";

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "call_id")
    public UUID callId;

    @Column(name = "call_year")
    public int callYear;

    /** PROJECT_BOOST, PATENT_BOOST or OUTSTANDING_ACHIEVEMENT, as the application service names it. */
    public String kind;

    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    @Column(name = "studio_id")
    public UUID studioId;

    /** The studio's enterprise (registry id); null until the studio reached the replica, or without a studio. */
    @Column(name = "enterprise_id")
    public UUID enterpriseId;

    @Column(name = "enterprise_name")
    public String enterpriseName;

    /** The project's title, or the patent's. */
    public String title;

    @Column(name = "industry_division", columnDefinition = "bpchar(2)")
    public String industryDivision;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "application_version")
    public long applicationVersion;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /**
     * The first level to sign: the unit union for a project; the city union alone for a patent boost;
     * for an outstanding achievement the district / bureau / group union that puts it forward (推荐),
     * then the city union.
     */
    public static Stage firstStage(String kind) {
        return switch (kind) {
            case PATENT_BOOST -> Stage.CITY;
            case OUTSTANDING_ACHIEVEMENT -> Stage.DISTRICT;
            default -> Stage.UNIT;
        };
    }

    /** Withdrawn or rejected: nothing more happens to the case. */
    public boolean closed() {
        return status == Status.WITHDRAWN || status == Status.REJECTED;
    }
}
