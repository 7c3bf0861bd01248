package org.alliance.eventing.relay;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.alliance.eventing.kafka.KafkaClients;

/**
 * The relay as its own process, for deployments that run it beside the services (and for the tests
 * that kill it). It reads the same settings as a service, as system properties or environment
 * variables: DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD (or ALLIANCE_EVENTING_RELAY_DATABASE_URL),
 * KAFKA_BOOTSTRAP_SERVERS, and the {@code alliance.eventing.relay.*} tunables
 * (e.g. ALLIANCE_EVENTING_RELAY_BATCH_SIZE). It runs until it is stopped; SIGTERM stops it cleanly.
 */
public final class RelayMain {

    private RelayMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        // outside Quarkus nobody configures JBoss LogManager: log through java.util.logging to stderr
        if (System.getProperty("org.jboss.logging.provider") == null && System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        RelaySettings settings = settings();
        Vertx vertx = Vertx.vertx();
        OutboxRelay relay = new OutboxRelay(vertx, settings, new SimpleMeterRegistry());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            relay.stop();
            vertx.close();
            stopped.countDown();
        }, "relay-shutdown"));
        relay.start();
        stopped.await();
    }

    static RelaySettings settings() {
        String database = get("alliance.eventing.relay.database-url", "postgresql://" + env("DB_HOST", "127.0.0.1")
                + ":" + env("DB_PORT", "5432") + "/" + env("DB_NAME", "alliance"));
        Map<String, Object> kafka = new HashMap<>();
        kafka.put("bootstrap.servers", get("kafka.bootstrap.servers", "127.0.0.1:9092"));
        System.getProperties().forEach((key, value) -> {
            if (key.toString().startsWith("kafka.")) {
                kafka.put(key.toString().substring("kafka.".length()), value);
            }
        });
        return new RelaySettings(database, env("DB_USER", "postgres"), env("DB_PASSWORD", ""),
                KafkaClients.connection(kafka),
                get("alliance.eventing.relay.instance", RelaySettings.defaultInstance()),
                Integer.parseInt(get("alliance.eventing.relay.batch-size", "500")),
                Integer.parseInt(get("alliance.eventing.relay.lanes-per-claim", "16")),
                duration(get("alliance.eventing.relay.poll-interval", "1s")),
                duration(get("alliance.eventing.relay.keep-sent", "10m")),
                duration(get("alliance.eventing.relay.cleanup-interval", "1m")),
                duration(get("alliance.eventing.relay.delivery-timeout", "120s")),
                Integer.parseInt(get("alliance.eventing.relay.linger", "0")));
    }

    /** A system property, else its MicroProfile-style environment variable (dots and dashes as underscores). */
    static String get(String key, String fallback) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String env(String name, String fallback) {
        return get(name, fallback);
    }

    /** "250ms", "5s", "10m", "1h", "7d", or ISO-8601 such as "PT5S". */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase();
        if (t.startsWith("p")) {
            return Duration.parse(text.trim().toUpperCase());
        }
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        long amount = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> Duration.ofSeconds(Long.parseLong(t));
        };
    }
}
