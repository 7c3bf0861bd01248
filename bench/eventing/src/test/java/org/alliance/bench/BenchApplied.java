package org.alliance.bench;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the consumer writes when it applies one benchmark event. */
@Entity
@Table(name = "bench_applied")
public class BenchApplied extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    public long seq;
}
