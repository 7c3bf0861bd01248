package org.alliance.matching.domain.alliance;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An alliance (联盟) of studios, run by its coordinator. */
@Entity
@Table(name = "alliance")
public class Alliance extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public AllianceKind kind;

    /** The alliance coordinator (联盟协调人), by name. */
    @Column(name = "coordinator_name")
    public String coordinatorName;

    public String description;

    /** The accepted match the alliance was started from, if any. */
    @Column(name = "from_match_id")
    public UUID fromMatchId;

    /** The token subject that formed it. */
    @Column(name = "formed_by")
    public String formedBy;

    /** Raised by every change of membership; the events carry it so readers can order states. */
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
