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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One act in a studio's accreditation history: an accreditation (认定), its renewal after a passed
 * re-review (复评), or a revocation (撤销). Never updated.
 */
@Entity
@Table(name = "studio_accreditation")
public class StudioAccreditation extends PanacheEntityBase {

    @Schema(name = "AccreditationKind")
    public enum Kind { ACCREDITED, RENEWED, REVOKED }

    @Id
    public UUID id;

    @Column(name = "studio_id")
    public UUID studioId;

    /** The studio version this act produced. */
    @Column(name = "studio_version")
    public long studioVersion;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** For a revocation: the accreditation it revoked. */
    @Enumerated(EnumType.STRING)
    public StudioTier tier;

    @Column(name = "accredited_by", columnDefinition = "bpchar(6)")
    public String accreditedBy;

    @Column(name = "accredited_on")
    public LocalDate accreditedOn;

    @Column(name = "re_review_due")
    public LocalDate reReviewDue;

    public String reason;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    /** The review service's re-accreditation case that caused this act, if one did. */
    @Column(name = "reaccreditation_case_id")
    public UUID reaccreditationCaseId;

    /** The review service's accreditation round case (年度认定) that caused this act, if one did. */
    @Column(name = "accreditation_case_id")
    public UUID accreditationCaseId;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
