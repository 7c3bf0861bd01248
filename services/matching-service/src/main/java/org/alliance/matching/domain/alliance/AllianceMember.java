package org.alliance.matching.domain.alliance;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A studio's membership of an alliance; the studio's facts live in the replica. */
@Entity
@Table(name = "alliance_member")
@IdClass(AllianceMember.Key.class)
public class AllianceMember extends PanacheEntityBase {

    @Id
    @Column(name = "alliance_id")
    public UUID allianceId;

    @Id
    @Column(name = "studio_id")
    public UUID studioId;

    /** The accepted match that brought the studio in, if any. */
    @Column(name = "via_match_id")
    public UUID viaMatchId;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "joined_at")
    public OffsetDateTime joinedAt;

    public static class Key implements Serializable {
        public UUID allianceId;
        public UUID studioId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(allianceId, k.allianceId) && Objects.equals(studioId, k.studioId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(allianceId, studioId);
        }
    }
}
