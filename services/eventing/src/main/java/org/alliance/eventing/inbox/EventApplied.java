package org.alliance.eventing.inbox;

import org.alliance.eventing.IncomingEvent;

/**
 * A CDI event fired on the consumer's thread right after the transaction that applied {@code event}
 * for {@code consumer} committed (never for a repeat). Observe it for work that must follow the
 * commit, such as measuring end-to-end latency or waking a UI; keep observers quick.
 */
public record EventApplied(String consumer, IncomingEvent event) {
}
