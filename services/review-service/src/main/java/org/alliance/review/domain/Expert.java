package org.alliance.review.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An expert reviewer (专家) in the pool that scores applications. */
@Entity
@Table(name = "expert")
public class Expert extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String affiliation;

    /** The field the expert judges, in the union's words, e.g. 焊接工艺 or 智能装备. */
    public String specialty;

    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    public boolean active = true;
}
