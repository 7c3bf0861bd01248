package org.alliance.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alliance.broker.KafkaBroker;

/**
 * The one real Kafka broker of this test JVM, started on first use with the same launcher as the
 * local stack, on free loopback ports, and stopped when the JVM exits (or dies: the broker watches
 * its parent).
 */
public final class TestKafka {

    private static KafkaBroker broker;

    private TestKafka() {
    }

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            Path lib = KafkaBroker.libDirFrom(ProjectRoot.find());
            if (!Files.isDirectory(lib)) {
                throw new IllegalStateException("The Kafka broker's jars are missing at " + lib
                        + ": build them with `./mvnw -pl services/kafka-broker package -DskipTests`"
                        + " (the README's test command does this).");
            }
            try {
                broker = KafkaBroker.ephemeral(lib);
                broker.start();
            } catch (IOException e) {
                throw new IllegalStateException("could not start the test Kafka broker: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return broker;
    }

    public static String bootstrapServers() {
        return broker().bootstrapServers();
    }
}
