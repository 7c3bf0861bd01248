package org.alliance.events.registry;

import org.alliance.events.EventPayload;

/**
 * The events of a studio, on its compacted topic. Every one carries the full state, so a consumer that only
 * keeps the latest state handles the whole family as one type.
 */
public sealed interface StudioEvent extends EventPayload permits StudioRegistered, StudioUpdated, StudioAccredited, StudioRevoked {

    StudioState state();

    @Override
    default String subject() {
        return state().studioId().toString();
    }
}
