package org.alliance.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * One or more {@link KafkaBroker}s forming one KRaft cluster: separate processes, ports and data
 * directories, every node both broker and controller (a quorum of one or three voters). With three,
 * internal topics are replicated three times with {@code min.insync.replicas} 2, as the services'
 * own topics are; one broker may die without losing anything acknowledged, two leave the cluster
 * refusing writes until one returns.
 */
public final class KafkaCluster {

    private final List<KafkaBroker> brokers;

    private KafkaCluster(List<KafkaBroker> brokers) {
        this.brokers = List.copyOf(brokers);
    }

    /** {@code size} brokers on free loopback ports under {@code dataDir} (node-1, node-2, ...). */
    public static KafkaCluster of(int size, Path dataDir, Path libDir, boolean dieWithParent) throws IOException {
        List<Integer> ports = new ArrayList<>();
        List<Integer> controllerPorts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ports.add(KafkaBroker.freePort());
            controllerPorts.add(KafkaBroker.freePort());
        }
        return of(dataDir, libDir, ports, controllerPorts, dieWithParent);
    }

    /** Brokers on the given ports; the i-th broker is node i+1 with the i-th port of each list. */
    public static KafkaCluster of(Path dataDir, Path libDir, List<Integer> ports, List<Integer> controllerPorts,
            boolean dieWithParent) {
        if (ports.size() != controllerPorts.size() || ports.isEmpty()) {
            throw new IllegalArgumentException("one port and one controller port per broker");
        }
        String voters = java.util.stream.IntStream.range(0, ports.size())
                .mapToObj(i -> (i + 1) + "@127.0.0.1:" + controllerPorts.get(i)).collect(Collectors.joining(","));
        String clusterId = KafkaBroker.newClusterId();
        List<KafkaBroker> brokers = new ArrayList<>();
        for (int i = 0; i < ports.size(); i++) {
            Path dir = ports.size() == 1 ? dataDir : dataDir.resolve("node-" + (i + 1));
            brokers.add(new KafkaBroker(dir, libDir, ports.get(i), controllerPorts.get(i), dieWithParent,
                    new KafkaBroker.Node(i + 1, voters, ports.size(), clusterId)));
        }
        return new KafkaCluster(brokers);
    }

    /** A cluster in a fresh temporary folder, stopped when this JVM exits. */
    public static KafkaCluster ephemeral(int size, Path libDir) throws IOException {
        return of(size, Files.createTempDirectory("kafka-cluster-"), libDir, true);
    }

    public int size() {
        return brokers.size();
    }

    public List<KafkaBroker> brokers() {
        return brokers;
    }

    /** Node {@code id}, counted from 1 as Kafka does. */
    public KafkaBroker broker(int id) {
        return brokers.get(id - 1);
    }

    public String bootstrapServers() {
        return brokers.stream().map(KafkaBroker::bootstrapServers).collect(Collectors.joining(","));
    }

    /** Starts every broker that is not running and returns once all of them are in the cluster. */
    public void start() throws IOException, InterruptedException {
        for (KafkaBroker broker : brokers) {
            broker.launch(); // together: a node of a quorum of three waits for a second one before it serves
        }
        for (KafkaBroker broker : brokers) {
            broker.awaitPort(Duration.ofSeconds(90));
        }
        awaitBrokers(brokers.size(), Duration.ofSeconds(90));
    }

    /** Stops every broker gracefully. */
    public void stop() throws InterruptedException {
        for (KafkaBroker broker : brokers) {
            broker.stop();
        }
    }

    /**
     * Waits until {@code count} brokers are registered and unfenced, i.e. a client's metadata lists
     * them and partitions can be led by them again.
     */
    public void awaitBrokers(int count, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000))) {
            while (Instant.now().isBefore(deadline)) {
                try {
                    int live = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
                    if (live >= count) {
                        return;
                    }
                    last = live + " brokers";
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    last = e.getMessage();
                }
                Thread.sleep(200);
            }
        }
        throw new IOException("the Kafka cluster did not have " + count + " brokers within " + timeout + " (" + last
                + "); see " + brokers.get(0).logFile());
    }
}
