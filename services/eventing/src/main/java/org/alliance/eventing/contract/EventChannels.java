package org.alliance.eventing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliance.eventing.DomainEvent;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/**
 * Which topic carries each event type: the channels of {@code contracts/events/asyncapi.yaml}, read once
 * from the classpath (the contracts jar carries it), so no service names a topic of its own.
 */
public final class EventChannels {

    public static final String LOCATION = "contracts/events/asyncapi.yaml";
    private static final EventChannels CLASSPATH = read(EventChannels.class.getClassLoader());

    private final JsonNode document;
    private final Map<String, String> topicByType;

    private EventChannels(JsonNode document) {
        this.document = document;
        this.topicByType = topics(document);
    }

    public static EventChannels classpath() {
        return CLASSPATH;
    }

    public static EventChannels read(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is not on the classpath (it comes with org.alliance:event-contracts)");
            }
            return new EventChannels(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCATION, e);
        }
    }

    /** The AsyncAPI document itself. */
    public JsonNode document() {
        return document;
    }

    /** Event type to topic, e.g. {@code studio.registered.v1} to {@code alliance.registry.studio}. */
    public Map<String, String> topics() {
        return topicByType;
    }

    public Optional<String> find(String type) {
        return Optional.ofNullable(topicByType.get(type));
    }

    /** The topic of {@code type}; fails for a type no channel carries. */
    public String topicOf(String type) {
        return find(type).orElseThrow(() -> new UnknownEventTypeException(type, "is carried by no channel of " + LOCATION));
    }

    /**
     * The one topic of a payload record, or of every record a sealed family of them permits (e.g.
     * {@code StudioEvent}); fails when no channel, or more than one, carries them.
     */
    public String topicOf(Class<? extends EventPayload> payload) {
        Set<String> topics = new LinkedHashSet<>();
        recordsOf(payload).forEach(r -> topics.add(topicOf(DomainEvent.typeOf(r))));
        if (topics.size() != 1) {
            throw new IllegalArgumentException(payload.getName() + " is carried by " + topics + ", not by one topic");
        }
        return topics.iterator().next();
    }

    /** The payload records {@code payload} stands for: itself if it is one, else those its sealed family permits. */
    public static List<Class<?>> recordsOf(Class<?> payload) {
        List<Class<?>> records = new ArrayList<>();
        if (payload.isAnnotationPresent(EventType.class)) {
            records.add(payload);
        } else if (payload.isSealed()) {
            Arrays.stream(payload.getPermittedSubclasses()).forEach(p -> records.addAll(recordsOf(p)));
        } else {
            throw new IllegalArgumentException(payload.getName() + " is neither an @EventType record nor a sealed family of them");
        }
        return records;
    }

    /** The name (event type) of a message referenced as {@code #/components/messages/<key>} or by a channel's message. */
    public String messageName(String ref) {
        return document.at(ref.substring(1)).path("name").asText(null);
    }

    private Map<String, String> topics(JsonNode document) {
        Map<String, String> topics = new LinkedHashMap<>();
        document.path("channels").forEach(channel -> {
            String address = channel.path("address").asText("");
            if (address.isEmpty() || address.contains("{")) {
                return; // parameterised addresses (the dead letters) carry no type of their own
            }
            channel.path("messages").forEach(message -> {
                String type = messageName(message.path("$ref").asText("#/"));
                if (type != null) {
                    String before = topics.put(type, address);
                    if (before != null && !before.equals(address)) {
                        throw new IllegalStateException(type + " is carried by both " + before + " and " + address);
                    }
                }
            });
        });
        return Map.copyOf(topics);
    }
}
