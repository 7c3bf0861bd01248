package org.alliance.events.registry;

import org.alliance.events.EventPayload;

/**
 * The events of a supply link, on its compacted topic. Every one carries the full state, so a consumer that only
 * keeps the latest state handles the whole family as one type.
 */
public sealed interface SupplyLinkEvent extends EventPayload permits SupplyLinkCreated, SupplyLinkRemoved {

    SupplyLinkState state();

    @Override
    default String subject() {
        return state().linkId().toString();
    }
}
