package org.alliance.matching.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.alliance.testing.ProjectRoot;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.alliance.testing.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes registry events as the registry's relay does (CloudEvents binary mode, JSON value, key =
 * aggregate id), built from the schemas' own examples so they pass the inbox's validation.
 */
public final class RegistryFeed implements AutoCloseable {

    public static final String STUDIO_TOPIC = "alliance.registry.studio";
    public static final String ENTERPRISE_TOPIC = "alliance.registry.enterprise";
    public static final String LINK_TOPIC = "alliance.registry.supply-link";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaProducer<String, byte[]> producer;

    public RegistryFeed() {
        this(TestKafka.bootstrapServers());
    }

    public RegistryFeed(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(p);
        createTopics(bootstrap);
    }

    /** The registry service creates its topics; without it running, the tests create them alike (compacted). */
    private static void createTopics(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            for (String topic : List.of(STUDIO_TOPIC, ENTERPRISE_TOPIC, LINK_TOPIC)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1)
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                            .all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create " + topic, e);
                    }
                }
            }
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("could not create the registry topics", e);
        }
    }

    public static ObjectNode example(String type) {
        try {
            var schema = JSON.readTree(Files.readString(ProjectRoot.find().resolve("contracts/events/schemas/" + type + ".json")));
            return (ObjectNode) schema.path("examples").get(0).deepCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode enterprise(UUID id, String name, String region, String section, String division, long version) {
        ObjectNode e = example("enterprise.registered.v1");
        e.put("enterpriseId", id.toString()).put("name", name).put("regionCode", region).put("industrySection", section)
                .put("industryDivision", division).put("version", version).put("updatedAt", Instant.now().toString());
        return e;
    }

    /** The enterprise as the registry publishes it since groups exist (enterprise.*.v2): {@code group} heads its group, or null. */
    public static ObjectNode enterpriseV2(UUID id, String name, String region, UUID group, long version) {
        ObjectNode e = example(version == 1 ? "enterprise.registered.v2" : "enterprise.updated.v2");
        e.put("enterpriseId", id.toString()).put("name", name).put("regionCode", region).put("version", version)
                .put("groupEnterpriseId", group == null ? null : group.toString()).put("updatedAt", Instant.now().toString());
        return e;
    }

    public static ObjectNode link(UUID id, UUID upstream, UUID downstream, String product, boolean active, long version) {
        ObjectNode l = example(active ? "supply-link.created.v1" : "supply-link.removed.v1");
        l.put("linkId", id.toString()).put("upstreamEnterpriseId", upstream.toString())
                .put("downstreamEnterpriseId", downstream.toString()).put("product", product).put("active", active)
                .put("version", version).put("updatedAt", Instant.now().toString());
        return l;
    }

    /** A studio event of {@code type} (studio.registered.v1, studio.accredited.v1, studio.revoked.v1, ...). */
    public static ObjectNode studio(String type, UUID id, String name, UUID enterprise, String enterpriseName, String region,
            String section, String division, String tier, String summary, List<String> keywords, long version) {
        ObjectNode s = example(type);
        s.put("studioId", id.toString()).put("name", name).put("enterpriseId", enterprise.toString())
                .put("enterpriseName", enterpriseName).put("regionCode", region).put("industrySection", section)
                .put("industryDivision", division).put("tier", tier).put("version", version)
                .put("updatedAt", Instant.now().toString());
        ObjectNode caps = s.putObject("capabilities");
        caps.put("summary", summary);
        ArrayNode kw = caps.putArray("keywords");
        keywords.forEach(kw::add);
        if (s.path("accreditation").isObject()) {
            ((ObjectNode) s.path("accreditation")).put("tier", tier);
        }
        return s;
    }

    public void send(String topic, String type, String key, ObjectNode data) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(topic, key, data.toString().getBytes(StandardCharsets.UTF_8));
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "/alliance/registry-service",
                "ce_type", "org.alliance." + type, "ce_subject", key, "ce_time", Instant.now().toString(),
                "content-type", "application/json")
                .forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(r).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + type, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
