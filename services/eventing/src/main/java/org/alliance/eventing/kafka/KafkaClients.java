package org.alliance.eventing.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The Kafka client settings the library relies on, on top of the connection settings of the service. */
public final class KafkaClients {

    private KafkaClients() {
    }

    /**
     * The connection part of a service's {@code kafka.*} configuration: servers and security. Other
     * keys (group ids, serializers) are the library's business, never inherited by accident.
     */
    public static Map<String, Object> connection(Map<String, ?> kafkaConfig) {
        Map<String, Object> connection = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (key.equals("bootstrap.servers") || key.equals("client.dns.lookup") || key.startsWith("security.")
                    || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                connection.put(key, value);
            }
        });
        if (!connection.containsKey("bootstrap.servers")) {
            throw new IllegalArgumentException("kafka.bootstrap.servers is not configured");
        }
        return connection;
    }

    /**
     * A producer that never loses or reorders what it acknowledged: every in-sync replica confirms
     * (acks=all), and idempotence keeps retries from duplicating or reordering within a partition.
     * Both are the defaults of recent clients; they are set explicitly because the outbox's guarantee
     * rests on them.
     */
    public static Map<String, Object> reliableProducer(Map<String, Object> connection, String clientId,
            Duration deliveryTimeout, int lingerMs) {
        Map<String, Object> props = new HashMap<>(connection);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        props.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout.toMillis());
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(30_000, deliveryTimeout.toMillis() - lingerMs));
        // send() must not hang a relay cycle for a minute when metadata is missing; the cycle retries
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }

    /** A consumer whose offsets move only when the library commits them, after the database did. */
    public static Map<String, Object> manualConsumer(Map<String, Object> connection, String groupId, String clientId,
            Duration sessionTimeout) {
        Map<String, Object> props = new HashMap<>(connection);
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis());
        // Kafka's own 3 s unless the session is shorter: members learn of a rebalance at their next heartbeat
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.min(3_000, sessionTimeout.toMillis() / 3));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        // a topic whose owner starts later is picked up within seconds rather than minutes
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }
}
