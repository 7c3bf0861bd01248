package org.alliance.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alliance.broker.KafkaBroker;
import org.alliance.broker.KafkaCluster;

/**
 * The real Kafka of this test JVM, started on first use with the same launcher as the local stack, on
 * free loopback ports, and stopped when the JVM exits (or dies: each broker watches its parent). One
 * broker by default; three, each its own process, with {@code -Dalliance.kafka.brokers=3} (or
 * {@code ALLIANCE_KAFKA_BROKERS=3}), and the services' topics are then replicated three times
 * ({@link AllianceTestResource}).
 */
public final class TestKafka {

    private static KafkaCluster cluster;

    private TestKafka() {
    }

    /** How many brokers this JVM's tests run on. */
    public static int size() {
        String configured = System.getProperty("alliance.kafka.brokers", System.getenv("ALLIANCE_KAFKA_BROKERS"));
        return configured == null || configured.isBlank() ? 1 : Integer.parseInt(configured.trim());
    }

    public static synchronized KafkaCluster cluster() {
        if (cluster == null) {
            Path lib = KafkaBroker.libDirFrom(ProjectRoot.find());
            if (!Files.isDirectory(lib)) {
                throw new IllegalStateException("The Kafka broker's jars are missing at " + lib
                        + ": build them with `./mvnw -pl services/kafka-broker package -DskipTests`"
                        + " (the README's test command does this).");
            }
            try {
                cluster = KafkaCluster.ephemeral(size(), lib);
                cluster.start();
            } catch (IOException e) {
                throw new IllegalStateException("could not start the test Kafka: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return cluster;
    }

    /** All of this JVM's Kafka, which a test may stop and start again as a whole. */
    public static KafkaCluster broker() {
        return cluster();
    }

    public static String bootstrapServers() {
        return cluster().bootstrapServers();
    }
}
