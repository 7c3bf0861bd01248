package org.alliance.eventing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.alliance.eventing.support.EffectRecorder;
import org.alliance.eventing.support.KillableConsumer;
import org.alliance.eventing.support.PickyHandler;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * The test application as a process of its own, running only {@link KillableConsumer}, on the
 * database and broker its parent test names in system properties; {@link ConsumerKillTest} starts it
 * and kills it with SIGKILL. Quarkus applications are assembled by the test framework, so the process
 * is a JUnit launcher running {@link #consumeUntilKilled}. Not a test of its own: surefire runs
 * classes named *Test.
 */
@QuarkusTest
@TestProfile(ConsumerProcess.Attached.class)
public class ConsumerProcess {

    public static final String DATABASE_URL = "alliance.test.attach.reactive-url";
    public static final String JDBC_URL = "alliance.test.attach.jdbc-url";
    public static final String USER = "alliance.test.attach.user";
    public static final String PASSWORD = "alliance.test.attach.password";
    public static final String KAFKA = "alliance.test.attach.kafka";
    public static final String PARENT = "alliance.test.attach.parent-pid";

    public static void main(String[] args) {
        // a test JVM that dies must not leave this process consuming for ever
        long parent = Long.getLong(PARENT, 0);
        Thread watchdog = new Thread(() -> {
            while (parent <= 0 || ProcessHandle.of(parent).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        // by name: Quarkus's session listener loads the class itself, in the application's class loader
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectClass(ConsumerProcess.class.getName())).build(), summary);
        }
        summary.getSummary().printFailuresTo(new java.io.PrintWriter(System.out, true), 20);
        System.exit(1); // only a kill should end this process; anything else is a failure to start
    }

    @Test
    void consumeUntilKilled() throws InterruptedException {
        System.out.println("consumer process ready");
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Only this process's consumer, on its parent's database and broker; no relay, no HTTP port to collide on. */
    public static class Attached implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    KillableConsumer.SWITCH, "true",
                    "quarkus.arc.exclude-types", EffectRecorder.class.getName() + "," + PickyHandler.class.getName(),
                    "alliance.eventing.relay.enabled", "false",
                    "alliance.eventing.create-topics", "false",
                    // the group hands a killed process's partitions on after 2 s, not Kafka's default 45 s
                    "alliance.eventing.consumer.session-timeout", "2s",
                    "quarkus.http.test-port", "0");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Attach.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /** The parent's database and broker, from system properties. */
    public static class Attach implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            return Map.of(
                    "quarkus.datasource.reactive.url", System.getProperty(DATABASE_URL),
                    "quarkus.datasource.jdbc.url", System.getProperty(JDBC_URL),
                    "quarkus.datasource.username", System.getProperty(USER),
                    "quarkus.datasource.password", System.getProperty(PASSWORD, ""),
                    "kafka.bootstrap.servers", System.getProperty(KAFKA));
        }

        @Override
        public void stop() {
        }
    }
}
