package org.alliance.review.domain.assignment;

import java.util.List;
import java.util.UUID;

/**
 * The experts chosen for one case and the ones excluded by a conflict of interest. {@code missing} is how
 * many of the call's N could not be found (every eligible expert conflicted or was full).
 */
public record CaseAssignment(UUID caseId, List<Choice> chosen, List<Conflict> conflicts, int missing) {

    /** An expert chosen, with the relevance that ranked them and their load in the call before this case. */
    public record Choice(UUID expertId, Relevance relevance, int loadBefore) {
    }
}
