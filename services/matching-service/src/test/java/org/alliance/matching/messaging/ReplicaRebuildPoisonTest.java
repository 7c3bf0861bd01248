package org.alliance.matching.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.common.annotation.Identifier;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.alliance.eventing.kafka.KafkaClients;
import org.alliance.matching.domain.search.Catalog;
import org.alliance.matching.domain.search.MatchWeights;
import org.alliance.matching.messaging.replica.ReplicaLoader;
import org.alliance.matching.support.RegistryFeed;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestKafka;
import org.alliance.testing.TestTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A replica rebuild reads past poison as the inbox does: on each compacted topic, between good
 * records, a record that is not a CloudEvent, one whose data is not JSON, one that breaks its
 * type's schema and one of an unknown type. The rebuild completes, reads exactly what it reads from
 * the same good records without them, parks each on the topic's dead-letter topic, and its status
 * says how many it skipped and why.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching_test"))
class ReplicaRebuildPoisonTest {

    private static final List<String> REASONS = List.of("undeserializable", "malformed-json", "schema-invalid", "unknown-type");

    @Inject
    Pool pool;

    @Inject
    MeterRegistry registry;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Test
    void aRebuildSkipsEachKindOfPoisonOnEachTopicAndBuildsTheSameReplica() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ReplicaLoader.Topics clean = topics("test.replica-clean." + run);
        ReplicaLoader.Topics dirty = topics("test.replica-dirty." + run);
        List<Good> goods = goods();
        try (RegistryFeed feed = new RegistryFeed(); KafkaProducer<String, byte[]> raw = producer()) {
            for (Good g : goods) {
                feed.send(g.topicOf(clean), g.type, g.key, g.data);
            }
            for (int i = 0; i < goods.size(); i++) {
                Good g = goods.get(i);
                feed.send(g.topicOf(dirty), g.type, g.key, g.data);
                if (i == 0 || i == 2 || i == 4) {
                    // after the first good record of each topic, before its next one: each kind of poison
                    poison(raw, g.topicOf(dirty), g.type);
                }
            }
        }

        ReplicaLoader.Result cleanRebuild;
        ReplicaLoader.Result dirtyRebuild;
        ReplicaLoader.Snapshot cleanRead;
        ReplicaLoader.Snapshot dirtyRead;
        Map<String, Long> skippedOnRead = new HashMap<>();
        try (Catalog cleanCatalog = new Catalog(MatchWeights.defaults()); Catalog dirtyCatalog = new Catalog(MatchWeights.defaults())) {
            cleanRebuild = loader(clean).rebuild(cleanCatalog);
            dirtyRebuild = loader(dirty).rebuild(dirtyCatalog);
            cleanRead = loader(clean).read(new HashMap<>());
            dirtyRead = loader(dirty).read(skippedOnRead);
            assertThat(dirtyCatalog.studioCount()).isEqualTo(cleanCatalog.studioCount()).isEqualTo(2);
            assertThat(dirtyCatalog.enterpriseCount()).isEqualTo(cleanCatalog.enterpriseCount()).isEqualTo(2);
            assertThat(dirtyCatalog.linkCount()).isEqualTo(cleanCatalog.linkCount()).isEqualTo(2);
        }

        // the same newest state of every record
        assertThat(dirtyRead).isEqualTo(cleanRead);
        assertThat(dirtyRead.enterprises()).hasSize(2);
        assertThat(dirtyRead.links()).hasSize(2);
        assertThat(dirtyRead.studios()).hasSize(2);
        assertThat(dirtyRead.studios().values()).allMatch(s -> s.version() == 2);
        assertThat(dirtyRead.enterprises().values()).anyMatch(e -> e.version() == 2 && e.name().equals("包头钢铁（集团）有限责任公司（更名）"))
                .anyMatch(e -> e.version() == 1);
        assertThat(List.of(dirtyRebuild.enterprises(), dirtyRebuild.links(), dirtyRebuild.studios()))
                .isEqualTo(List.of(cleanRebuild.enterprises(), cleanRebuild.links(), cleanRebuild.studios()));

        // each kind once on each of the three topics
        Map<String, Long> expected = new HashMap<>();
        REASONS.forEach(r -> expected.put(r, 3L));
        assertThat(cleanRebuild.skipped()).isEmpty();
        assertThat(dirtyRebuild.skipped()).isEqualTo(expected);
        assertThat(skippedOnRead).isEqualTo(expected);

        // parked where the inbox would park them, once per reading, with the reason; and counted
        List<ConsumerRecord<String, byte[]>> letters = new ArrayList<>();
        for (String topic : List.of(dirty.enterprise(), dirty.supplyLink(), dirty.studio())) {
            letters.addAll(readAll(topic + ".dlq"));
        }
        assertThat(letters).hasSize(2 * 12);
        assertThat(letters).allMatch(l -> ReplicaLoader.READER.equals(header(l, "dlq-consumer")) && REASONS.contains(header(l, "dlq-reason")));
        double counted = registry.find("alliance.eventing.dead.letters").tag("consumer", ReplicaLoader.READER)
                .counters().stream().filter(c -> c.getId().getTag("topic").startsWith("test.replica-dirty." + run))
                .mapToDouble(c -> c.count()).sum();
        assertThat(counted).isEqualTo(2 * 12);
    }

    @Test
    void theRebuildStatusSaysHowManyRecordsWereSkippedAndWhy() throws Exception {
        try (KafkaProducer<String, byte[]> raw = producer(); RegistryFeed feed = new RegistryFeed()) {
            poison(raw, RegistryFeed.STUDIO_TOPIC, "studio.registered.v1");
        }
        given().auth().oauth2(TestTokens.operator()).post("/api/v1/replica/rebuild").then().statusCode(202);
        JsonPath done = await("the rebuild").atMost(Duration.ofSeconds(120)).until(
                () -> given().auth().oauth2(TestTokens.operator()).get("/api/v1/replica").then().statusCode(200)
                        .extract().jsonPath(),
                json -> !"RUNNING".equals(json.getString("state")) && json.get("result") != null);
        assertThat(done.getString("state")).isEqualTo("DONE");
        for (String reason : REASONS) {
            assertThat(done.getLong("result.skipped.'" + reason + "'")).as(reason).isGreaterThanOrEqualTo(1);
        }
    }

    /** One good registry record and which of the three topics it goes to. */
    private record Good(String kind, String type, String key, com.fasterxml.jackson.databind.node.ObjectNode data) {
        String topicOf(ReplicaLoader.Topics topics) {
            return switch (kind) {
                case "enterprise" -> topics.enterprise();
                case "link" -> topics.supplyLink();
                default -> topics.studio();
            };
        }
    }

    private static List<Good> goods() {
        UUID upstream = UUID.randomUUID();
        UUID downstream = UUID.randomUUID();
        UUID link = UUID.randomUUID();
        UUID backLink = UUID.randomUUID();
        UUID welding = UUID.randomUUID();
        UUID boilers = UUID.randomUUID();
        return List.of(
                new Good("enterprise", "enterprise.registered.v1", upstream.toString(),
                        RegistryFeed.enterprise(upstream, "包头钢铁（集团）有限责任公司", "150200", "C", "31", 1)),
                new Good("enterprise", "enterprise.registered.v1", downstream.toString(),
                        RegistryFeed.enterprise(downstream, "内蒙古第一机械集团有限公司", "150200", "C", "37", 1)),
                new Good("link", "supply-link.created.v1", link.toString(),
                        RegistryFeed.link(link, upstream, downstream, "装甲钢板", true, 1)),
                new Good("link", "supply-link.created.v1", backLink.toString(),
                        RegistryFeed.link(backLink, downstream, upstream, "焊接材料", true, 1)),
                new Good("studio", "studio.registered.v1", welding.toString(), studio("studio.registered.v1", welding, downstream, 1)),
                new Good("studio", "studio.registered.v1", boilers.toString(), studio("studio.registered.v1", boilers, upstream, 1)),
                new Good("studio", "studio.accredited.v1", welding.toString(), studio("studio.accredited.v1", welding, downstream, 2)),
                new Good("studio", "studio.accredited.v1", boilers.toString(), studio("studio.accredited.v1", boilers, upstream, 2)),
                // the registry publishes v2 since groups exist; the compacted topic holds both versions
                new Good("enterprise", "enterprise.updated.v2", upstream.toString(),
                        RegistryFeed.enterpriseV2(upstream, "包头钢铁（集团）有限责任公司（更名）", "150200", UUID.randomUUID(), 2)));
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode studio(String type, UUID id, UUID enterprise, long version) {
        return RegistryFeed.studio(type, id, "卢仁峰劳模创新工作室", enterprise, "内蒙古第一机械集团有限公司", "150200", "C", "37",
                "MUNICIPAL", "装甲钢焊接工艺攻关", List.of("焊接", "装甲钢"), version);
    }

    /** Each kind of record the inbox refuses, keyed apart from the good ones. */
    private static void poison(KafkaProducer<String, byte[]> raw, String topic, String type) throws Exception {
        String key = "poison-" + UUID.randomUUID();
        // no CloudEvents headers at all
        raw.send(new ProducerRecord<>(topic, key, "{\"hello\":1}".getBytes(StandardCharsets.UTF_8))).get();
        // a CloudEvent whose data is not JSON
        raw.send(cloudEvent(topic, key, type, "{not json".getBytes(StandardCharsets.UTF_8))).get();
        // a CloudEvent of a known type whose data breaks its schema
        raw.send(cloudEvent(topic, key, type, "{\"version\":\"one\"}".getBytes(StandardCharsets.UTF_8))).get();
        // a CloudEvent of a type no contract defines
        raw.send(cloudEvent(topic, key, "studio.exploded.v9", "{}".getBytes(StandardCharsets.UTF_8))).get();
    }

    private static ProducerRecord<String, byte[]> cloudEvent(String topic, String key, String type, byte[] value) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(topic, key, value);
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "/alliance/registry-service",
                "ce_type", "org.alliance." + type, "ce_subject", key, "ce_time", Instant.now().toString(),
                "content-type", "application/json")
                .forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return r;
    }

    private ReplicaLoader loader(ReplicaLoader.Topics topics) {
        return new ReplicaLoader(pool, KafkaClients.connection(kafka), 100, Duration.ofSeconds(60), registry, topics);
    }

    private static ReplicaLoader.Topics topics(String prefix) throws Exception {
        ReplicaLoader.Topics topics = new ReplicaLoader.Topics(prefix + ".enterprise", prefix + ".supply-link", prefix + ".studio");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            List<NewTopic> created = new ArrayList<>();
            for (String t : List.of(topics.enterprise(), topics.supplyLink(), topics.studio())) {
                created.add(new NewTopic(t, 3, (short) 1).configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
                created.add(new NewTopic(t + ".dlq", 1, (short) 1));
            }
            admin.createTopics(created).all().get(30, TimeUnit.SECONDS);
        }
        return topics;
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
