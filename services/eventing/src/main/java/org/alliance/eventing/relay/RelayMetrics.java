package org.alliance.eventing.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** What a relay reports: how long publishing takes, how long rows wait, what it sent and what failed. */
final class RelayMetrics {

    private final Timer publish;
    private final Timer delay;
    private final Counter published;
    private final Counter failed;

    RelayMetrics(MeterRegistry registry) {
        publish = Timer.builder("alliance.eventing.relay.publish")
                .description("From handing a batch to the Kafka producer to the last broker acknowledgement")
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram().register(registry);
        delay = Timer.builder("alliance.eventing.relay.delay")
                .description("From an event's row being written to the broker acknowledging it")
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram().register(registry);
        published = Counter.builder("alliance.eventing.relay.published")
                .description("Events the broker acknowledged").register(registry);
        failed = Counter.builder("alliance.eventing.relay.failed")
                .description("Sends that failed and will be retried").register(registry);
    }

    void batch(Duration took, int acknowledged, int failures) {
        publish.record(took);
        published.increment(acknowledged);
        failed.increment(failures);
    }

    void delay(Duration sinceWritten) {
        delay.record(sinceWritten.isNegative() ? Duration.ZERO : sinceWritten);
    }
}
