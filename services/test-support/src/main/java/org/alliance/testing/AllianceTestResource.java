package org.alliance.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives a service under test a real broker and its own fresh database. Use it as
 * {@code @QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))}.
 */
public class AllianceTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "alliance_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        utf8RestAssured();
        TestPostgres.Server pg = TestPostgres.freshDatabase(database);
        String kafka = TestKafka.bootstrapServers();
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.datasource.reactive.url", pg.reactiveUrl(database),
                "quarkus.datasource.jdbc.url", pg.jdbcUrl(database),
                "quarkus.datasource.username", pg.user(),
                "quarkus.datasource.password", pg.password(),
                "kafka.bootstrap.servers", kafka));
        if (TestKafka.size() >= 3) {
            // as in production: three replicas, so the topics get min.insync.replicas 2 (TopicSpec)
            config.put("alliance.eventing.topic-defaults.replication-factor", "3");
        }
        return config;
    }

    @Override
    public void stop() {
        // the broker lives for the whole JVM; the database is dropped by the next run
    }

    /** REST Assured sends text bodies as ISO-8859-1 unless told otherwise; Chinese would become "????". */
    public static void utf8RestAssured() {
        RestAssured.config = RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8").defaultCharsetForContentType("UTF-8", "text/plain"));
    }
}
