package org.alliance.review.domain.assignment;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An expert on a case, with why they were chosen; a decline keeps the row and bars the expert from the case. */
@Entity
@Table(name = "expert_assignment")
public class ExpertAssignment extends PanacheEntityBase {

    public enum Status { ASSIGNED, DECLINED }

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "call_id")
    public UUID callId;

    @Column(name = "expert_id")
    public UUID expertId;

    @Enumerated(EnumType.STRING)
    public Status status = Status.ASSIGNED;

    /** The relevance score that ranked the expert (see {@link Relevance}). */
    public int relevance;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "relevance_terms", columnDefinition = "text[]")
    public List<String> relevanceTerms;

    /** The expert's cases in the call before this one. */
    @Column(name = "load_before")
    public int loadBefore;

    /** Who ran the assignment (the token's name), or who declined when this replaced a declined expert. */
    @Column(name = "assigned_by")
    public String assignedBy;

    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;

    @Column(name = "declined_reason")
    public String declinedReason;

    @Column(name = "declined_at")
    public OffsetDateTime declinedAt;

    public static ExpertAssignment of(UUID caseId, UUID callId, CaseAssignment.Choice choice, String by, OffsetDateTime at) {
        ExpertAssignment a = new ExpertAssignment();
        a.id = UUID.randomUUID();
        a.caseId = caseId;
        a.callId = callId;
        a.expertId = choice.expertId();
        a.relevance = choice.relevance().score();
        a.relevanceTerms = choice.relevance().terms();
        a.loadBefore = choice.loadBefore();
        a.assignedBy = by;
        a.assignedAt = at;
        return a;
    }
}
