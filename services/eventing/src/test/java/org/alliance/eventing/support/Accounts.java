package org.alliance.eventing.support;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.alliance.eventing.DomainEvent;
import org.alliance.eventing.outbox.Outbox;

/** The test application's service: a state change and its event, in one transaction. */
@ApplicationScoped
public class Accounts {

    public static final String TOPIC = "test.ledger";

    @Inject
    Outbox outbox;

    /** Opens an account and records test.account-opened.v1; {@code afterWrites} may fail the transaction. */
    public Uni<UUID> open(String owner, Uni<Void> afterWrites) {
        UUID id = UUID.randomUUID();
        TestAccount account = new TestAccount();
        account.id = id;
        account.owner = owner;
        account.balance = 0;
        return Panache.withTransaction(() -> account.persist()
                .chain(() -> outbox.record(DomainEvent.of(TOPIC, new AccountOpened(id, owner, 0))))
                .chain(Panache::flush)
                .chain(() -> afterWrites)
                .replaceWith(id));
    }

    /** Records one test.counted.v1 event on {@code topic}, in a transaction of its own. */
    public Uni<Void> count(String topic, String subject, int seq) {
        return Panache.withTransaction(() -> outbox.record(DomainEvent.of(topic, new Counted(subject, seq, null))));
    }
}
