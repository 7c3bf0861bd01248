package org.alliance.review.domain.cases;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a review case's audit trail, numbered in order ({@code seq} from 1). Never changed once written. */
@Entity
@Table(name = "case_step")
public class CaseStep extends PanacheEntityBase {

    /** What happened: the applicant's steps, then each level's. */
    public enum Action { SUBMITTED, AMENDED, WITHDRAWN, APPROVED, RETURNED, REJECTED }

    /** The actor of the steps the application service's events bring. */
    public static final String APPLICANT = "application-service";

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public int seq;

    public String action;

    public String level;

    @Column(name = "union_name")
    public String unionName;

    public String actor;

    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    public String reason;

    public OffsetDateTime at;

    static CaseStep of(ReviewCase c, Action action, OffsetDateTime at) {
        CaseStep step = new CaseStep();
        step.id = UUID.randomUUID();
        step.caseId = c.id;
        step.action = action.name();
        step.actor = APPLICANT;
        step.at = at;
        return step;
    }
}
