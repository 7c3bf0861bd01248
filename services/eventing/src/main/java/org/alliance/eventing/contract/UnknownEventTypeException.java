package org.alliance.eventing.contract;

/** An event type without a schema in contracts/events/schemas: no contract, no event. */
public class UnknownEventTypeException extends IllegalArgumentException {

    public UnknownEventTypeException(String type, String problem) {
        super("event type " + type + " " + problem);
    }
}
