package org.alliance.matching.domain.decision;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One side's recorded answer to a match, with its reason and who gave it. */
@Entity
@Table(name = "match_decision")
@IdClass(MatchDecision.Key.class)
public class MatchDecision extends PanacheEntityBase {

    @Id
    @Column(name = "match_id")
    public UUID matchId;

    @Id
    @Enumerated(EnumType.STRING)
    public Side side;

    @Enumerated(EnumType.STRING)
    public Verdict decision;

    public String reason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_role")
    public String decidedRole;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    public static class Key implements Serializable {
        public UUID matchId;
        public Side side;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(matchId, k.matchId) && side == k.side;
        }

        @Override
        public int hashCode() {
            return Objects.hash(matchId, side);
        }
    }
}
