package org.alliance.eventing.support;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The data of a test.counted.v1 event. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Counted(String subject, int seq, String note) {
}
