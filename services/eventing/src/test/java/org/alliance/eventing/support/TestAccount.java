package org.alliance.eventing.support;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** State of the test application: what an event reports on. */
@Entity
@Table(name = "test_account")
public class TestAccount extends PanacheEntityBase {

    @Id
    public UUID id;

    public String owner;

    public long balance;
}
