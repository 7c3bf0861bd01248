package org.alliance.eventing;

import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.alliance.eventing.contract.EventChannels;
import org.alliance.events.EventPayload;

/**
 * What a consumer does with each event type it reads, by payload record:
 * {@code new EventDispatch().on(StudioEvent.class, this::studio).on(OutcomePublished.class, this::propagate)}.
 * A sealed interface stands for every record it permits. The consumer reads the topics that carry
 * these types (their AsyncAPI channels); an event of another type on those topics is skipped: its
 * inbox row is written, nothing else happens.
 */
public final class EventDispatch {

    private record Route(Class<?> payload, BiFunction<Object, IncomingEvent, Uni<Void>> apply) {
    }

    private final Map<String, Route> routes = new LinkedHashMap<>();
    private List<String> topics = List.of();

    /** Applies each event of {@code payload} (or of every record a sealed {@code payload} permits) with {@code apply}. */
    public <T extends EventPayload> EventDispatch on(Class<T> payload, Function<? super T, Uni<Void>> apply) {
        return on(payload, (T data, IncomingEvent event) -> apply.apply(data));
    }

    /** The same, for a function that also wants the envelope (id, subject, time, topic). */
    @SuppressWarnings("unchecked")
    public <T extends EventPayload> EventDispatch on(Class<T> payload, BiFunction<? super T, IncomingEvent, Uni<Void>> apply) {
        for (Class<?> record : EventChannels.recordsOf(payload)) {
            String type = DomainEvent.typeOf(record);
            Route before = routes.putIfAbsent(type, new Route(record, (data, event) -> apply.apply((T) data, event)));
            if (before != null) {
                throw new IllegalStateException(type + " is dispatched twice");
            }
        }
        return this;
    }

    /**
     * Reads these topics instead of the channels of the types: for event types outside the contract's
     * channels (the library's own tests). Services never need it.
     */
    public EventDispatch fromTopics(String... topics) {
        this.topics = List.of(topics);
        return this;
    }

    /** The event types dispatched, e.g. {@code studio.registered.v1}. */
    public Set<String> types() {
        return Set.copyOf(routes.keySet());
    }

    /** The payload records dispatched. */
    public Set<Class<?>> payloads() {
        Set<Class<?>> payloads = new LinkedHashSet<>();
        routes.values().forEach(r -> payloads.add(r.payload()));
        return payloads;
    }

    /** The topics to read: those named by {@link #fromTopics}, otherwise the channels of the types, in order. */
    public List<String> topics() {
        if (!topics.isEmpty()) {
            return topics;
        }
        Set<String> found = new LinkedHashSet<>();
        routes.keySet().forEach(type -> found.add(EventChannels.classpath().topicOf(type)));
        return List.copyOf(found);
    }

    /** Applies {@code event} with the function of its type, as its payload record; skips a type not dispatched. */
    public Uni<Void> apply(IncomingEvent event) {
        Route route = routes.get(event.type());
        if (route == null) {
            return Uni.createFrom().voidItem();
        }
        return route.apply().apply(event.dataAs(route.payload()), event);
    }
}
