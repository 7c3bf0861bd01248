package org.alliance.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** How the registry replica is (re)built, under {@code alliance.matching.replica}. */
@ConfigMapping(prefix = "alliance.matching.replica")
public interface ReplicaConfig {

    enum RebuildAtStart {
        /** Rebuild from the topics when the replica tables are empty (a new database). */
        WHEN_EMPTY,
        ALWAYS,
        NEVER
    }

    @WithName("rebuild-at-start")
    @WithDefault("WHEN_EMPTY")
    RebuildAtStart rebuildAtStart();

    /** Rows per batched upsert during a rebuild. */
    @WithName("batch-size")
    @WithDefault("1000")
    int batchSize();

    /** How long a rebuild waits for the broker to answer before it gives up. */
    @WithName("broker-timeout")
    @WithDefault("60s")
    Duration brokerTimeout();
}
