package org.alliance.common.problem;

/**
 * A request a service refuses by one of its rules: the status (422 for a business rule, such as an
 * eligibility rule, 409 for a state conflict), the stable rule code clients can switch on, and the field the rule reads. The
 * request changed nothing: refusals are thrown before, or roll back, the transaction.
 */
public class Refusal extends RuntimeException {

    private final int status;
    private final String rule;
    private final String field;

    public Refusal(int status, String rule, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.rule = rule;
        this.field = field;
    }

    /** A business rule is not met (422). */
    public static Refusal rule(String rule, String field, String message) {
        return new Refusal(422, rule, field, message);
    }

    /** The record's state does not allow the change (409). */
    public static Refusal conflict(String rule, String field, String message) {
        return new Refusal(409, rule, field, message);
    }

    public int status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
