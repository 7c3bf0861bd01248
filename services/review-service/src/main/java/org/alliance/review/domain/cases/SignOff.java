package org.alliance.review.domain.cases;

/** What a union does with a case at its level: approve and stamp it, return it for changes, or reject it. */
public record SignOff(Action action, String unionName, String reason) {

    public enum Action { APPROVE, RETURN, REJECT }
}
