package org.alliance.eventing.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliance.eventing.relay.RelayMain;
import org.alliance.testing.TestKafka;
import org.alliance.testing.TestPostgres;

/** A relay running as its own OS process ({@link RelayMain}), which a test can kill without warning. */
public final class RelayProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private RelayProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts a relay on {@code database} with the given {@code alliance.eventing.relay.*} settings. */
    public static RelayProcess start(String database, String instance, Map<String, String> relaySettings) {
        TestPostgres.Server pg = TestPostgres.server();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Dalliance.eventing.relay.instance=" + instance,
                "-Dalliance.eventing.relay.database-url=" + pg.reactiveUrl(database),
                "-Dkafka.bootstrap.servers=" + TestKafka.bootstrapServers()));
        relaySettings.forEach((key, value) -> command.add("-Dalliance.eventing.relay." + key + "=" + value));
        command.add("-cp");
        command.add(classpath);
        command.add(RelayMain.class.getName());
        try {
            Path log = Files.createDirectories(Path.of("target", "relay-logs")).resolve(instance + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("DB_USER", pg.user());
            builder.environment().put("DB_PASSWORD", pg.password());
            return new RelayProcess(builder.start(), log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a relay process: " + e.getMessage(), e);
        }
    }

    /** SIGKILL: no shutdown hook, no rollback, no goodbye; the database notices the dropped connection. */
    public void killHard() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        killHard();
    }
}
