package org.alliance.bench;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The state change of one benchmark event. */
@Entity
@Table(name = "bench_item")
public class BenchItem extends PanacheEntityBase {

    @Id
    public UUID id;

    public long seq;
}
