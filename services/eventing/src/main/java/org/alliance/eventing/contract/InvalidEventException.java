package org.alliance.eventing.contract;

import java.util.List;

/** An event whose data breaks its type's JSON Schema: recording it fails and rolls the transaction back. */
public class InvalidEventException extends IllegalArgumentException {

    private final String type;
    private final List<String> violations;

    public InvalidEventException(String type, List<String> violations) {
        super("event " + type + " does not match its schema: " + String.join("; ", violations));
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public String type() {
        return type;
    }

    public List<String> violations() {
        return violations;
    }
}
