package org.alliance.review.domain.sevenhaves;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One expert's scores of a studio against the seven haves, 0-100 each, with a comment; submitted once.
 * Each review that scores so (re-accreditation, the accreditation round) keeps them in a table of its
 * own, naming its case.
 */
@MappedSuperclass
public abstract class SevenHavesScore extends PanacheEntityBase {

    @Id
    public UUID id;

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

    /** Fills this row with the expert's scores; answers it. */
    public <S extends SevenHavesScore> S fill(UUID expert, SevenHaves items, String text, OffsetDateTime at) {
        id = UUID.randomUUID();
        expertId = expert;
        modelWorkerLead = items.modelWorkerLead();
        team = items.team();
        venue = items.venue();
        equipment = items.equipment();
        rules = items.rules();
        funding = items.funding();
        results = items.results();
        comment = text;
        scoredAt = at;
        @SuppressWarnings("unchecked")
        S self = (S) this;
        return self;
    }
}
