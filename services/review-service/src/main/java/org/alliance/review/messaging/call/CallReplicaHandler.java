package org.alliance.review.messaging.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliance.eventing.EventDispatch;
import org.alliance.eventing.EventHandler;
import org.alliance.events.application.CallClosed;
import org.alliance.events.application.CallPublished;
import org.alliance.review.repository.call.CallCopies;

/** Keeps a copy of every published call's terms, which selection decides the call's applications by, and its early closing. */
@ApplicationScoped
public class CallReplicaHandler implements EventHandler {

    @Inject
    CallCopies calls;

    @Override
    public String consumerName() {
        return "review.call-replica";
    }

    @Override
    public EventDispatch events() {
        return new EventDispatch().on(CallPublished.class, calls::keep).on(CallClosed.class, calls::closed);
    }
}
