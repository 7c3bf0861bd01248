package org.alliance.matching.domain.propagation;

import java.util.List;
import java.util.Set;
import org.alliance.matching.domain.replica.Studio;

/** A studio an outcome is delivered to, every route that reached it, and the terms that related it. */
public record Recipient(Studio studio, List<Route> paths, Set<String> relatedTerms) {

    int order() {
        return Route.rank(paths);
    }
}
