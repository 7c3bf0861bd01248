package org.alliance.matching.messaging.replica;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToLongFunction;
import org.alliance.eventing.IncomingEvent;
import org.alliance.eventing.inbox.PoisonFilter;
import org.alliance.events.registry.EnterpriseState;
import org.alliance.events.registry.StudioState;
import org.alliance.events.registry.SupplyLinkState;
import org.alliance.matching.domain.search.Catalog;
import org.alliance.matching.repository.replica.ReplicaSql;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Rebuilds the replica from the registry's compacted topics: reads each topic from its beginning up
 * to the end offsets seen at the start (no consumer group, nothing committed), keeps the newest
 * version of each aggregate, writes them with the version-guarded upserts in batches, and loads them
 * into the catalog. Safe beside the live handler: both only ever move a row to a newer version.
 * Blocking; run it on a worker thread.
 */
public final class ReplicaLoader {

    /**
     * What a rebuild did and how long each phase took; {@code skipped} counts the records it could not
     * read, by reason (as the inbox names them), each parked on its topic's dead-letter topic.
     */
    public record Result(long records, int enterprises, int links, int studios, Map<String, Long> skipped, Duration read,
            Duration write, Duration index, Duration total) {
    }

    /** The compacted topics a rebuild reads, one per kind of record. */
    public record Topics(String enterprise, String supplyLink, String studio) {
        public static final Topics REGISTRY = new Topics(RegistryTopics.ENTERPRISE, RegistryTopics.SUPPLY_LINK, RegistryTopics.STUDIO);

        List<String> all() {
            return List.of(enterprise, supplyLink, studio);
        }
    }

    /** The newest state of each record on the topics, by key. */
    public record Snapshot(Map<String, EnterpriseState> enterprises, Map<String, SupplyLinkState> links,
            Map<String, StudioState> studios) {
    }

    /** The name a rebuild's dead letters and metrics carry as their consumer. */
    public static final String READER = "matching.replica-rebuild";

    private static final int WRITERS = 4;

    private final Pool pool;
    private final Map<String, Object> kafkaConnection;
    private final int batchSize;
    private final Duration timeout;
    private final MeterRegistry registry;
    private final Topics topics;

    public ReplicaLoader(Pool pool, Map<String, Object> kafkaConnection, int batchSize, Duration timeout,
            MeterRegistry registry, Topics topics) {
        this.pool = pool;
        this.kafkaConnection = kafkaConnection;
        this.batchSize = batchSize;
        this.timeout = timeout;
        this.registry = registry;
        this.topics = topics;
    }

    public Result rebuild(Catalog catalog) throws IOException {
        long t0 = System.nanoTime();
        Map<String, Long> skipped = new TreeMap<>();
        Snapshot snapshot = read(skipped);
        Map<String, EnterpriseState> enterprises = snapshot.enterprises();
        Map<String, SupplyLinkState> links = snapshot.links();
        Map<String, StudioState> studios = snapshot.studios();
        long t1 = System.nanoTime();
        // the database writes and the indexing are independent: run them side by side
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "replica-rebuild-writer"));
        CompletableFuture<Duration> writing = CompletableFuture.supplyAsync(() -> {
            long w = System.nanoTime();
            write(ReplicaSql.UPSERT_ENTERPRISE, enterprises.values().stream().map(RegistryPayloads::enterpriseRow).toList());
            write(ReplicaSql.UPSERT_LINK, links.values().stream().map(RegistryPayloads::linkRow).toList());
            write(ReplicaSql.UPSERT_STUDIO, studios.values().stream().map(RegistryPayloads::studioRow).toList());
            return Duration.ofNanos(System.nanoTime() - w);
        }, writer);
        writer.shutdown();
        long i0 = System.nanoTime();
        enterprises.values().forEach(d -> catalog.putEnterprise(d.enterpriseId(), d.name(), d.version()));
        links.values().forEach(d -> catalog.putLink(RegistryPayloads.link(d), d.active(), d.version()));
        List<StudioState> studioStates = List.copyOf(studios.values());
        catalog.putStudios(studioStates.stream().map(RegistryPayloads::studio).toList(),
                studioStates.stream().map(StudioState::version).toList());
        catalog.compact();
        Duration indexing = Duration.ofNanos(System.nanoTime() - i0);
        Duration writeTime;
        try {
            writeTime = writing.join();
        } catch (CompletionException e) {
            throw new IOException("writing the replica failed: " + e.getCause().getMessage(), e.getCause());
        }
        long records = enterprises.size() + links.size() + studios.size();
        return new Result(records, enterprises.size(), links.size(), studios.size(), Map.copyOf(skipped), Duration.ofNanos(t1 - t0),
                writeTime, indexing, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Where one topic's states go: the newest version of each key. */
    private record Latest<T>(Class<T> state, ToLongFunction<T> version, Map<String, T> byKey) {

        void offer(String key, IncomingEvent event) {
            byKey.merge(key, event.dataAs(state),
                    (held, next) -> version.applyAsLong(next) > version.applyAsLong(held) ? next : held);
        }
    }

    /**
     * The newest state of each key, from the beginning of the topics to their end offsets of now. A
     * record the inbox would refuse is parked and counted in {@code skipped} by reason, and the
     * reading goes on.
     */
    public Snapshot read(Map<String, Long> skipped) throws IOException {
        Snapshot snapshot = new Snapshot(new HashMap<>(), new HashMap<>(), new HashMap<>());
        read(Map.of(topics.enterprise(), new Latest<>(EnterpriseState.class, EnterpriseState::version, snapshot.enterprises()),
                topics.supplyLink(), new Latest<>(SupplyLinkState.class, SupplyLinkState::version, snapshot.links()),
                topics.studio(), new Latest<>(StudioState.class, StudioState::version, snapshot.studios())), skipped);
        return snapshot;
    }

    private void read(Map<String, Latest<?>> latest, Map<String, Long> skipped) throws IOException {
        Map<String, Object> props = new HashMap<>(kafkaConnection);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "matching-replica-rebuild");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props);
                PoisonFilter poison = new PoisonFilter(READER, kafkaConnection, registry)) {
            List<TopicPartition> partitions = new ArrayList<>();
            Map<String, List<PartitionInfo>> existing = consumer.listTopics(timeout);
            for (String topic : topics.all()) {
                existing.getOrDefault(topic, List.of()).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, timeout));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!caughtUp(consumer, end)) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() == null) {
                        continue;
                    }
                    Optional<IncomingEvent> event = poison.read(r);
                    if (event.isPresent()) {
                        latest.get(r.topic()).offer(r.key(), event.get());
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("the registry topics were not read to their end within " + timeout);
                }
            }
            skipped.putAll(poison.skipped());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while parking a record the rebuild cannot read", e);
        }
    }

    private static boolean caughtUp(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        return end.isEmpty();
    }

    /** Batched upserts, {@link #WRITERS} transactions in flight at once (the rows of one rebuild have distinct keys). */
    private void write(String sql, List<Object[]> rows) {
        String numbered = ReplicaSql.numbered(sql);
        List<List<Tuple>> batches = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += batchSize) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + batchSize)).stream()
                    .map(r -> Tuple.from(Arrays.asList(r))).toList());
        }
        if (batches.isEmpty()) {
            return;
        }
        Multi.createFrom().iterable(batches)
                .onItem().transformToUni(batch -> pool.withTransaction(c -> c.preparedQuery(numbered).executeBatch(batch)))
                .merge(WRITERS)
                .collect().last()
                .await().atMost(timeout);
    }
}
