package org.alliance.review.domain.replica;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * This service's copy of a registry supply link (上下游): the upstream enterprise supplies the
 * downstream one. A removed link stays, {@code active = false}. Written only by registry events.
 */
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

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
