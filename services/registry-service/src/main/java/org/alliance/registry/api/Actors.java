package org.alliance.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.alliance.registry.domain.Actor;
import org.alliance.security.Caller;
import org.alliance.security.Roles;

/** The domain {@link Actor} of the current request, from its verified token. */
@RequestScoped
public class Actors {

    @Inject
    Caller caller;

    public Actor current() {
        if (caller.isRegionBound()) {
            return Actor.union(caller.name(), caller.region());
        }
        if (caller.is(Roles.OPERATOR)) {
            return Actor.operator(caller.name());
        }
        return Actor.crossRegionReader(caller.name());
    }
}
