package org.alliance.matching.domain.propagation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A studio's report that it applied an outcome it received (推广应用), with the value created. */
@Entity
@Table(name = "outcome_adoption")
public class OutcomeAdoption extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "outcome_id")
    public UUID outcomeId;

    @Column(name = "studio_id")
    public UUID studioId;

    @Column(name = "value_rmb")
    public BigDecimal valueRmb;

    public String note;

    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    /** The token subject of the studio's union. */
    @Column(name = "adopted_by")
    public String adoptedBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
