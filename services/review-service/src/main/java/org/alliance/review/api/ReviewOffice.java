package org.alliance.review.api;

import java.util.List;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.alliance.security.Caller;
import org.alliance.security.Roles;
import org.alliance.security.UnionLevel;

/**
 * The review office (评审办公室) that runs expert review: the city union (a union token of level CITY,
 * within its region), an alliance coordinator or an operator (everywhere). Lower union levels sign off
 * but do not run expert review: 403 naming the token's level.
 */
public final class ReviewOffice {

    private ReviewOffice() {
    }

    public static void require(Caller caller) {
        if (caller.is(Roles.COORDINATOR) || caller.is(Roles.OPERATOR)) {
            return;
        }
        if (caller.requireLevel() != UnionLevel.CITY) {
            throw new ProblemException(403, "level-forbidden", "Forbidden",
                    "level: expert review is run by the city union's review office, not by a " + caller.requireLevel() + " union",
                    List.of(new Problem.FieldError("level", "not CITY")));
        }
    }
}
