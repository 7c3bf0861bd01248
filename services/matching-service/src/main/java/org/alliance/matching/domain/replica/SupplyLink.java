package org.alliance.matching.domain.replica;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Replica of a registry supply link: the upstream enterprise supplies the downstream one. */
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

    /** False once the registry removed the link. */
    public boolean active;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
