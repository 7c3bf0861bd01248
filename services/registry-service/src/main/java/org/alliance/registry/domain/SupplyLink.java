package org.alliance.registry.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Upstream supplies downstream with a product or service (上下游). Removal keeps the row, inactive. */
@Entity
@Table(name = "supply_link")
public class SupplyLink extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "upstream_enterprise_id")
    public UUID upstreamEnterpriseId;

    @Column(name = "downstream_enterprise_id")
    public UUID downstreamEnterpriseId;

    public String product;

    public boolean active;

    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
