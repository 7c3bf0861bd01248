package org.alliance.journey;

/** A step of the walk-through did not get the answer it needs; the message says what the service answered. */
public class JourneyFailure extends RuntimeException {

    public JourneyFailure(String message) {
        super(message);
    }
}
