package org.alliance.events.registry;

import java.util.UUID;
import org.alliance.events.EventPayload;

/**
 * The events of an enterprise, on its compacted topic. Every one carries the full state, so a consumer that only
 * keeps the latest state handles the whole family as one type. v2 adds the group; the topic keeps v1 records of
 * enterprises unchanged since, which have none.
 */
public sealed interface EnterpriseEvent extends EventPayload
        permits EnterpriseRegistered, EnterpriseUpdated, EnterpriseRegisteredV2, EnterpriseUpdatedV2 {

    /** The state without the group (all a v1 event has). */
    EnterpriseState state();

    /** The registry id of the head of the enterprise's group; null for none, for a head, and in every v1 event. */
    default UUID groupEnterpriseId() {
        return null;
    }

    @Override
    default String subject() {
        return state().enterpriseId().toString();
    }
}
