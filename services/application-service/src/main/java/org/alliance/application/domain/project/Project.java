package org.alliance.application.domain.project;

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

/**
 * A funded project (助推项目): created from the review side's funding decision, due for completion
 * the call's completion months after its approval. Its studio may not apply again until the city
 * union accepts its completion (结题验收).
 */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    /** FUNDED, its union's completion report filed (REPORTED), then ACCEPTED or FAILED (report again). */
    public enum Status { FUNDED, REPORTED, ACCEPTED, FAILED }

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "call_id")
    public UUID callId;

    @Column(name = "studio_id")
    public UUID studioId;

    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    public String title;

    public String grade;

    @Column(name = "amount_rmb")
    public long amountRmb;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String report;

    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;

    @Column(name = "verdict_reason")
    public String verdictReason;

    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Version
    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
