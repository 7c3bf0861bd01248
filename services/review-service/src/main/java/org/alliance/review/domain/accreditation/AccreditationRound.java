package org.alliance.review.domain.accreditation;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A city union's yearly accreditation round (年度认定) of new municipal studios: its places (at least
 * 80), the pass mark of the experts' average seven-haves score, and once the union closed it, when and
 * by whom and how many it accredited.
 */
@Entity
@Table(name = "accreditation_round")
public class AccreditationRound extends PanacheEntityBase {

    @Schema(name = "RoundStatus")
    public enum Status { OPEN, DECIDED }

    @Id
    public UUID id;

    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    public int year;

    public int places;

    @Column(name = "pass_score")
    public int passScore;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "decided_by", columnDefinition = "bpchar(6)")
    public String decidedBy;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    public Integer accredited;

    @Version
    public long version;
}
