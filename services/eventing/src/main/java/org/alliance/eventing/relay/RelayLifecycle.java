package org.alliance.eventing.relay;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.alliance.eventing.config.EventingConfig;
import org.alliance.eventing.kafka.KafkaClients;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs a relay inside the service (unless {@code alliance.eventing.relay.enabled=false}). */
@ApplicationScoped
public class RelayLifecycle {

    /** After the topics exist (TopicInitializer), before the consumers start. */
    public static final int PRIORITY = 200;

    @Inject
    EventingConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String databaseUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private OutboxRelay relay;
    private Vertx relayVertx;

    void start(@Observes @Priority(PRIORITY) StartupEvent event) {
        if (!config.relay().enabled()) {
            return;
        }
        EventingConfig.Relay r = config.relay();
        RelaySettings settings = new RelaySettings(databaseUrl.replaceFirst("^vertx-reactive:", ""), user,
                password.orElse(""), KafkaClients.connection(kafka), RelaySettings.defaultInstance(), r.batchSize(),
                r.lanesPerClaim(), r.pollInterval(), r.keepSent(), r.cleanupInterval(), r.deliveryTimeout(), r.linger());
        // its own event loop: the relay's round trips never queue behind the service's request handling
        relayVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1).setInternalBlockingPoolSize(1));
        relay = new OutboxRelay(relayVertx, settings, registry);
        relay.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (relay != null) {
            relay.stop();
            relayVertx.close();
        }
    }
}
