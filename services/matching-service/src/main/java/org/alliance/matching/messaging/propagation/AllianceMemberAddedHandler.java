package org.alliance.matching.messaging.propagation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliance.eventing.EventDispatch;
import org.alliance.eventing.EventHandler;
import org.alliance.events.matching.AllianceMemberAdded;
import org.alliance.matching.domain.propagation.LateMemberDelivery;

/**
 * Consumes the service's own {@code alliance.member-added.v1} to bring a studio that joined an
 * alliance the outcomes its fellow members spread before it joined. Reading the event rather than
 * joining in the same transaction means the copies are delivered once the join committed, and that
 * replaying the topic (a new consumer group reads it from the start) also catches up members who
 * joined before this consumer existed; each copy is delivered at most once whatever is replayed.
 */
@ApplicationScoped
public class AllianceMemberAddedHandler implements EventHandler {

    @Inject
    LateMemberDelivery lateMembers;

    @Override
    public String consumerName() {
        return "matching.late-member-delivery";
    }

    @Override
    public EventDispatch events() {
        // formed: founders share outcomes from then on; removed: a copy received stays in the feed
        return new EventDispatch().on(AllianceMemberAdded.class, added -> lateMembers.catchUp(added.allianceId(),
                added.studioId()));
    }
}
