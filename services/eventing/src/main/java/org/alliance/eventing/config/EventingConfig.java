package org.alliance.eventing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a service can tune about its events, under {@code alliance.eventing}. Each service lists
 * the topics it owns under {@code topics."<name>"} in its application.properties; the defaults here
 * suit one machine, and every value can be overridden from the environment.
 */
@ConfigMapping(prefix = "alliance.eventing")
public interface EventingConfig {

    /** The CloudEvents {@code source} of this service's events. */
    @WithDefault("/alliance/${quarkus.application.name}")
    String source();

    Relay relay();

    Consumer consumer();

    /** Topics this service owns, created (or brought in line) at start-up. */
    Map<String, Topic> topics();

    @WithName("topic-defaults")
    TopicDefaults topicDefaults();

    @WithName("dead-letter")
    DeadLetter deadLetter();

    /** Whether start-up creates and reconciles topics; off only where an operator manages them. */
    @WithName("create-topics")
    @WithDefault("true")
    boolean createTopics();

    /** How long start-up waits for the broker to create topics before the service fails. */
    @WithName("admin-timeout")
    @WithDefault("60s")
    Duration adminTimeout();

    /** How often the outbox backlog gauges are refreshed from the database. */
    @WithName("metrics-refresh")
    @WithDefault("5s")
    Duration metricsRefresh();

    interface Relay {
        /** Run a relay inside this service; off when the relay runs as its own process. */
        @WithDefault("true")
        boolean enabled();

        /** Rows claimed and published per cycle. */
        @WithName("batch-size")
        @WithDefault("500")
        int batchSize();

        /** How many of the 32 subject lanes one cycle may hold, so a second relay always finds work. */
        @WithName("lanes-per-claim")
        @WithDefault("16")
        int lanesPerClaim();

        /** The fallback poll when no NOTIFY arrives. */
        @WithName("poll-interval")
        @WithDefault("1s")
        Duration pollInterval();

        /** How long sent rows stay in the table for inspection before the cleanup deletes them. */
        @WithName("keep-sent")
        @WithDefault("10m")
        Duration keepSent();

        @WithName("cleanup-interval")
        @WithDefault("1m")
        Duration cleanupInterval();

        /** Kafka's delivery.timeout.ms: how long a send may wait for a broker that is away. */
        @WithName("delivery-timeout")
        @WithDefault("120s")
        Duration deliveryTimeout();

        /** Kafka's linger.ms: 0 sends at once, which keeps the added latency low. */
        @WithDefault("0")
        int linger();
    }

    interface Consumer {
        /** Run a Kafka consumer for every EventHandler bean. */
        @WithDefault("true")
        boolean enabled();

        /** Attempts before a record whose handling fails goes to its dead-letter topic. */
        @WithName("max-attempts")
        @WithDefault("3")
        int maxAttempts();

        @WithName("initial-backoff")
        @WithDefault("200ms")
        Duration initialBackoff();

        @WithName("max-backoff")
        @WithDefault("5s")
        Duration maxBackoff();

        /**
         * How often, at most, a busy consumer commits its Kafka offsets; an idle one commits at once.
         * A crash redelivers at most this much, which the inbox skips.
         */
        @WithName("commit-interval")
        @WithDefault("100ms")
        Duration commitInterval();

        /**
         * How long a consumer that died without leaving the group (a crash, SIGKILL) keeps its partitions
         * before the group hands them to another member: Kafka's {@code session.timeout.ms}, with a
         * heartbeat every 3 s (Kafka's default), or every third of a shorter session. The broker accepts 6 s to 30 min unless configured otherwise.
         */
        @WithName("session-timeout")
        @WithDefault("45s")
        Duration sessionTimeout();

        /** Inbox rows older than this are deleted; empty keeps them for good (safest against replays). */
        @WithName("inbox-retention")
        Optional<Duration> inboxRetention();
    }

    interface Topic {
        Optional<Integer> partitions();

        @WithName("replication-factor")
        Optional<Short> replicationFactor();

        /** Entity-state topics are compacted, so a new consumer can rebuild its replica from the start. */
        @WithDefault("false")
        boolean compacted();

        /** retention.ms; empty uses the topic defaults, a negative duration keeps records for ever. */
        Optional<Duration> retention();

        @WithName("min-insync-replicas")
        Optional<Integer> minInsyncReplicas();
    }

    interface TopicDefaults {
        @WithDefault("3")
        int partitions();

        @WithName("replication-factor")
        @WithDefault("1")
        short replicationFactor();

        @WithDefault("7d")
        Duration retention();
    }

    interface DeadLetter {
        @WithDefault("1")
        int partitions();

        @WithDefault("30d")
        Duration retention();
    }
}
