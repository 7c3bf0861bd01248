package org.alliance.eventing.support;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.alliance.eventing.IncomingEvent;

/** One handler call, written by the handler inside the inbox transaction. */
@Entity
@Table(name = "test_effect")
public class TestEffect extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String consumer;

    @Column(name = "event_id")
    public String eventId;

    public String topic;

    public String subject;

    public int seq;

    public static TestEffect of(String consumer, IncomingEvent event, int seq) {
        TestEffect effect = new TestEffect();
        effect.consumer = consumer;
        effect.eventId = event.id();
        effect.topic = event.topic();
        effect.subject = event.subject();
        effect.seq = seq;
        return effect;
    }
}
