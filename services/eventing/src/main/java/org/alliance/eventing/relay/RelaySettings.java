package org.alliance.eventing.relay;

import java.time.Duration;
import java.util.Map;

/**
 * What one relay instance needs: where the outbox is, where the broker is, and its pace.
 *
 * @param databaseUri   a {@code postgresql://host:port/database} URI
 * @param kafka         connection settings of the Kafka clients (servers, security)
 * @param instance      a name for this relay in logs, client ids and the {@code alliance-relay} header
 */
public record RelaySettings(String databaseUri, String user, String password, Map<String, Object> kafka,
        String instance, int batchSize, int lanesPerClaim, Duration pollInterval, Duration keepSent,
        Duration cleanupInterval, Duration deliveryTimeout, int lingerMs) {

    public RelaySettings {
        if (batchSize < 1 || lanesPerClaim < 1) {
            throw new IllegalArgumentException("batch size and lanes per claim must be at least 1");
        }
        kafka = Map.copyOf(kafka);
    }

    /** This process, as "host:pid". */
    public static String defaultInstance() {
        String host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        return host + ":" + ProcessHandle.current().pid();
    }
}
