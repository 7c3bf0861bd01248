package org.alliance.eventing.inbox;

import org.alliance.eventing.IncomingEvent;

/** The outcome of reading one Kafka record: an event to handle, or why it can never be handled. */
sealed interface Decoded {

    record Event(IncomingEvent event, String traceparent, String tracestate) implements Decoded {
    }

    /** @param reason one of undeserializable, malformed-json, unknown-type, schema-invalid */
    record Rejected(String reason, String error) implements Decoded {
    }
}
