package org.alliance.review.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.alliance.testing.EventFeed;

/** The application service's published calls, as its relay sends them on its call topic. */
public final class Calls {

    public static final String TOPIC = "alliance.application.call";

    private Calls() {
    }

    /** A published call's event data: the schema's example (Beijing's 2021 project call) under a new id. */
    public static ObjectNode call(UUID callId) {
        ObjectNode call = EventFeed.example("call.published.v1");
        call.put("callId", callId.toString());
        return call;
    }

    public static String publish(ObjectNode call) {
        return EventFeed.send(TOPIC, "call.published.v1", "application-service", call.path("callId").asText(), call);
    }
}
