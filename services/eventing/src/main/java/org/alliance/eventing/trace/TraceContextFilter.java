package org.alliance.eventing.trace;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Carries the caller's W3C trace context from the HTTP request into the events the request records. */
public class TraceContextFilter {

    @ServerRequestFilter(preMatching = true)
    public void enter(ContainerRequestContext request) {
        TraceContext.enter(request.getHeaderString("traceparent"), request.getHeaderString("tracestate"));
    }
}
