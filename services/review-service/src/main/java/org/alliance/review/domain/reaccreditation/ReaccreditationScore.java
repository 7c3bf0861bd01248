package org.alliance.review.domain.reaccreditation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One expert's scores of a re-accreditation case against the seven haves, 0-100 each; submitted once. */
@Entity
@Table(name = "reaccreditation_score")
public class ReaccreditationScore extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "expert_id")
    public UUID expertId;

    @Column(name = "model_worker_lead")
    public int modelWorkerLead;

    public int team;

    public int venue;

    public int equipment;

    public int rules;

    public int funding;

    public int results;

    public String comment;

    @Column(name = "scored_at")
    public OffsetDateTime scoredAt;

    public SevenHaves items() {
        return new SevenHaves(modelWorkerLead, team, venue, equipment, rules, funding, results);
    }
}
