package org.alliance.eventing.kafka;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.alliance.eventing.EventHandler;
import org.alliance.eventing.config.EventingConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates at start-up the topics this service owns and the dead-letter topics of the topics it
 * consumes, and brings the settings of existing ones in line with the configuration. Partitions are
 * never changed on an existing topic: that would move keys to other partitions and break per-key order.
 */
@ApplicationScoped
public class TopicInitializer {

    public static final int PRIORITY = 100;
    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    @Inject
    EventingConfig config;

    @Inject
    @Any
    Instance<EventHandler> handlers;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) throws InterruptedException {
        if (config.createTopics()) {
            ensure(specs());
        }
    }

    /** Every topic the configuration and the handlers call for, by name. */
    public Map<String, TopicSpec> specs() {
        Map<String, TopicSpec> specs = new LinkedHashMap<>();
        config.topics().forEach((name, topic) -> specs.put(name, TopicSpec.owned(name, topic, config.topicDefaults())));
        for (EventHandler handler : handlers) {
            for (String topic : handler.events().topics()) {
                TopicSpec dlq = TopicSpec.deadLetter(topic, config.deadLetter(), config.topicDefaults());
                specs.putIfAbsent(dlq.name(), dlq);
            }
        }
        return specs;
    }

    void ensure(Map<String, TopicSpec> specs) throws InterruptedException {
        if (specs.isEmpty()) {
            return;
        }
        long timeout = config.adminTimeout().toMillis();
        try (Admin admin = Admin.create(KafkaClients.connection(kafka))) {
            Set<String> existing = admin.listTopics().names().get(timeout, TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            List<TopicSpec> present = new ArrayList<>();
            for (TopicSpec spec : specs.values()) {
                if (existing.contains(spec.name())) {
                    present.add(spec);
                } else {
                    missing.add(new NewTopic(spec.name(), spec.partitions(), spec.replicationFactor()).configs(spec.configs()));
                }
            }
            create(admin, missing, timeout);
            reconcile(admin, present, timeout);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create the Kafka topics " + specs.keySet() + ": " + e.getMessage(), e);
        }
    }

    private void create(Admin admin, List<NewTopic> missing, long timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (missing.isEmpty()) {
            return;
        }
        var result = admin.createTopics(missing);
        for (NewTopic topic : missing) {
            try {
                result.values().get(topic.name()).get(timeout, TimeUnit.MILLISECONDS);
                LOG.infof("created topic %s (%d partitions, replication %d, %s)", topic.name(), topic.numPartitions(),
                        topic.replicationFactor(), topic.configs());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e; // another replica creating it at the same moment is fine
                }
            }
        }
    }

    private void reconcile(Admin admin, Collection<TopicSpec> present, long timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (present.isEmpty()) {
            return;
        }
        Map<String, TopicDescription> descriptions = admin.describeTopics(present.stream().map(TopicSpec::name).toList())
                .allTopicNames().get(timeout, TimeUnit.MILLISECONDS);
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
        for (TopicSpec spec : present) {
            int partitions = descriptions.get(spec.name()).partitions().size();
            if (partitions != spec.partitions()) {
                LOG.warnf("topic %s has %d partitions, configured %d: left as it is, since repartitioning breaks per-key order",
                        spec.name(), partitions, spec.partitions());
            }
            changes.put(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()), spec.configs().entrySet().stream()
                    .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                    .toList());
        }
        admin.incrementalAlterConfigs(changes).all().get(timeout, TimeUnit.MILLISECONDS);
    }
}
