package org.alliance.matching.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A technical need (技术难题) that the alliance tries to meet with a capable studio. */
@Entity
@Table(name = "need")
public class Need extends PanacheEntityBase {

    public enum Urgency { LOW, NORMAL, HIGH }

    public enum Status { OPEN, CLOSED }

    @Id
    public UUID id;

    public String title;

    public String description;

    /** GB/T 4754-2017 division (two digits) or section (one letter). */
    @Column(name = "industry_code")
    public String industryCode;

    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    @Enumerated(EnumType.STRING)
    public Status status = Status.OPEN;

    @Column(name = "created_at", insertable = false, updatable = false)
    public java.time.OffsetDateTime createdAt;
}
