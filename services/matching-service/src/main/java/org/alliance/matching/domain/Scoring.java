package org.alliance.matching.domain;

import java.util.List;
import java.util.UUID;
import org.alliance.matching.domain.search.RankedStudio;

/**
 * What one scoring of a need decided for its matches, judged from the statuses they had when it read
 * them. Between that reading and the writing a coordinator may decide a match; {@link Matchmaker#apply}
 * therefore writes each change only where the match still has the status it was read with.
 */
public record Scoring(Need need, List<Change> changes) {

    /** One change to one of the need's (need, studio) pairs. */
    public sealed interface Change permits Refresh, Withdraw, Repropose, Propose {
    }

    /** A PROPOSED match still ranked: fresh score, rank and explanation. */
    public record Refresh(UUID matchId, RankedStudio ranked) implements Change {
    }

    /** A PROPOSED match whose studio is no longer ranked (revoked, out of scope, capability gone). */
    public record Withdraw(UUID matchId) implements Change {
    }

    /** A WITHDRAWN match whose studio is among the best again: proposed anew, with a {@code match.proposed}. */
    public record Repropose(UUID matchId, RankedStudio ranked) implements Change {
    }

    /** A studio among the best that the need has no match with yet. */
    public record Propose(UUID studioId, RankedStudio ranked) implements Change {
    }
}
