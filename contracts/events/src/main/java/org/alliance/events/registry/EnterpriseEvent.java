package org.alliance.events.registry;

import org.alliance.events.EventPayload;

/**
 * The events of an enterprise, on its compacted topic. Every one carries the full state, so a consumer that only
 * keeps the latest state handles the whole family as one type.
 */
public sealed interface EnterpriseEvent extends EventPayload permits EnterpriseRegistered, EnterpriseUpdated {

    EnterpriseState state();

    @Override
    default String subject() {
        return state().enterpriseId().toString();
    }
}
