package org.alliance.application.domain.application;

import java.sql.SQLException;
import org.alliance.common.problem.Refusal;

/**
 * Two submissions can race past every check; the unique indexes then refuse the second at flush.
 * This turns that refusal into the rule it enforces, so the loser gets the same answer a check gives.
 */
final class UniqueRefusals {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueRefusals() {
    }

    static Throwable asRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isUniqueViolation(t)) {
                String message = String.valueOf(t.getMessage());
                if (message.contains("application_one_patent_boost_per_person_year")) {
                    return Refusal.conflict("one-patent-boost-per-person-year", "patent.memberCard",
                            "this member card already has a patent boost application in the call year");
                }
                if (message.contains("application_patent_boosted_once")) {
                    return Refusal.conflict("patent-boosted-once", "patent.number", "this patent already has a patent boost application");
                }
            }
        }
        return failure;
    }

    private static boolean isUniqueViolation(Throwable t) {
        return t instanceof io.vertx.pgclient.PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())
                || t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                || t instanceof org.hibernate.exception.ConstraintViolationException c && UNIQUE_VIOLATION.equals(c.getSQLState());
    }
}
