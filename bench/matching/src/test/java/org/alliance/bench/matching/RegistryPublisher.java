package org.alliance.bench.matching;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.alliance.matching.domain.search.Population;
import org.alliance.matching.domain.search.StudioDoc;
import org.alliance.matching.support.RegistryFeed;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes a generated population as the registry would: full-state events on its compacted topics. */
final class RegistryPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final ObjectNode enterpriseTemplate = RegistryFeed.example("enterprise.registered.v1");
    private final ObjectNode linkTemplate = RegistryFeed.example("supply-link.created.v1");
    private final ObjectNode studioTemplate = RegistryFeed.example("studio.accredited.v1");

    RegistryPublisher(String bootstrap) {
        new RegistryFeed(bootstrap).close(); // creates the topics
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(p);
    }

    void publish(Population.Generated population) {
        String now = Instant.now().toString();
        for (Population.Enterprise e : population.enterprises()) {
            ObjectNode d = enterpriseTemplate.deepCopy();
            d.put("enterpriseId", e.id().toString()).put("name", e.name()).put("regionCode", e.regionCode())
                    .put("version", 1).put("updatedAt", now);
            send(RegistryFeed.ENTERPRISE_TOPIC, "enterprise.registered.v1", e.id(), d);
        }
        population.links().forEach(l -> {
            ObjectNode d = linkTemplate.deepCopy();
            d.put("linkId", l.id().toString()).put("upstreamEnterpriseId", l.upstream().toString())
                    .put("downstreamEnterpriseId", l.downstream().toString()).put("product", l.product())
                    .put("version", 1).put("updatedAt", now);
            send(RegistryFeed.LINK_TOPIC, "supply-link.created.v1", l.id(), d);
        });
        for (StudioDoc s : population.studios()) {
            ObjectNode d = studioTemplate.deepCopy();
            d.put("studioId", s.id().toString()).put("name", s.name()).put("enterpriseId", s.enterpriseId().toString())
                    .put("enterpriseName", s.enterpriseName()).put("regionCode", s.regionCode())
                    .put("industrySection", s.industrySection()).put("industryDivision", s.industryDivision())
                    .put("tier", s.tier()).put("status", s.status()).put("version", 1).put("updatedAt", now);
            ObjectNode caps = d.putObject("capabilities");
            caps.put("summary", s.summary());
            ArrayNode kw = caps.putArray("keywords");
            s.keywords().forEach(kw::add);
            send(RegistryFeed.STUDIO_TOPIC, "studio.accredited.v1", s.id(), d);
        }
        producer.flush();
    }

    private void send(String topic, String type, UUID key, ObjectNode data) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(topic, key.toString(), data.toString().getBytes(StandardCharsets.UTF_8));
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "/alliance/registry-service",
                "ce_type", "org.alliance." + type, "ce_subject", key.toString(), "content-type", "application/json")
                .forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        producer.send(r, (meta, e) -> {
            if (e != null) {
                throw new IllegalStateException("could not publish " + type, e);
            }
        });
    }

    @Override
    public void close() {
        producer.close();
    }
}
