package org.alliance.eventing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Topics exist as configured when the service starts, and the library's metrics are on the Prometheus endpoint. */
@QuarkusTest
@Order(7)
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "eventing_test"))
class TopicsAndMetricsTest {

    /** Metrics answer on the management interface, at its root path /q. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void ownedTopicsAndDeadLetterTopicsAreCreatedWithTheirSettings() throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of("test.order", "test.state", "test.short",
                    "test.dlq-source.dlq", "test.kill.dlq")).allTopicNames().get(10, TimeUnit.SECONDS);
            assertEquals(6, topics.get("test.order").partitions().size());
            assertEquals(2, topics.get("test.state").partitions().size());
            assertEquals(3, topics.get("test.short").partitions().size(), "the topic default");
            assertEquals(1, topics.get("test.dlq-source.dlq").partitions().size());

            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(topic("test.state"), topic("test.short"),
                    topic("test.order"), topic("test.kill.dlq"), topic("test.forever"))).all().get(10, TimeUnit.SECONDS);
            assertEquals("compact", configs.get(topic("test.state")).get("cleanup.policy").value(), "entity state is compacted");
            assertEquals("delete", configs.get(topic("test.short")).get("cleanup.policy").value());
            assertEquals("3600000", configs.get(topic("test.short")).get("retention.ms").value());
            assertEquals("604800000", configs.get(topic("test.order")).get("retention.ms").value(), "the 7-day default");
            assertEquals("-1", configs.get(topic("test.forever")).get("retention.ms").value(), "a negative retention keeps for ever");
            assertEquals("2592000000", configs.get(topic("test.kill.dlq")).get("retention.ms").value(), "dead letters stay 30 days");
        }
    }

    @Test
    void prometheusEndpointCarriesTheEventingMetrics() {
        given().baseUri(management.toString()).get("metrics").then().statusCode(200)
                .body(containsString("alliance_eventing_outbox_backlog "))
                .body(containsString("alliance_eventing_outbox_oldest_unsent_age_seconds "))
                .body(containsString("alliance_eventing_relay_publish_seconds_bucket"))
                .body(containsString("alliance_eventing_relay_delay_seconds{quantile=\"0.99\"}"))
                .body(containsString("alliance_eventing_consumer_lag{consumer=\"test.effects\",topic=\"test.ledger\"}"))
                .body(containsString("alliance_eventing_consumer_events_total{consumer=\"test.effects\",outcome=\"applied\"}"));
    }

    private static ConfigResource topic(String name) {
        return new ConfigResource(ConfigResource.Type.TOPIC, name);
    }
}
