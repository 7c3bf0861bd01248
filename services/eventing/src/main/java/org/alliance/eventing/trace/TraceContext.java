package org.alliance.eventing.trace;

import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The trace context of the work running on the current Vert.x (duplicated) context: set from the
 * HTTP request by {@link TraceContextFilter} or from the event being handled by the inbox, and read
 * by the outbox when it records an event. Duplicated contexts are per request, so nothing leaks
 * between requests.
 */
public final class TraceContext {

    private static final String PARENT = "alliance.eventing.traceparent";
    private static final String STATE = "alliance.eventing.tracestate";

    private TraceContext() {
    }

    /** Makes {@code parent} (or a new trace when absent or malformed) the current one, one hop on. */
    public static void enter(String traceparent, String tracestate) {
        Context context = Vertx.currentContext();
        if (context == null || !VertxContext.isDuplicatedContext(context)) {
            return; // a root context is shared by all work on its event loop: never store per-request data there
        }
        TraceParent current = TraceParent.parse(traceparent).map(TraceParent::child).orElseGet(TraceParent::newTrace);
        context.putLocal(PARENT, current);
        if (tracestate != null && !tracestate.isBlank() && TraceParent.parse(traceparent).isPresent()) {
            context.putLocal(STATE, tracestate);
        } else {
            context.removeLocal(STATE);
        }
    }

    /** The current trace, or a new one for work that started outside any request or event. */
    public static TraceParent current() {
        Context context = Vertx.currentContext();
        TraceParent parent = context == null ? null : context.getLocal(PARENT);
        return parent != null ? parent : TraceParent.newTrace();
    }

    public static String currentState() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(STATE);
    }
}
