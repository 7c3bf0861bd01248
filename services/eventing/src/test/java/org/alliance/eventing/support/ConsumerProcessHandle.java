package org.alliance.eventing.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.alliance.eventing.ConsumerProcess;
import org.alliance.testing.TestKafka;
import org.alliance.testing.TestPostgres;

/** A {@link ConsumerProcess} started by a test, which the test can kill without warning. */
public final class ConsumerProcessHandle implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ConsumerProcessHandle(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static ConsumerProcessHandle start(String database, String name) {
        TestPostgres.Server pg = TestPostgres.server();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-D" + ConsumerProcess.DATABASE_URL + "=" + pg.reactiveUrl(database),
                "-D" + ConsumerProcess.JDBC_URL + "=" + pg.jdbcUrl(database),
                "-D" + ConsumerProcess.USER + "=" + pg.user(),
                "-D" + ConsumerProcess.PASSWORD + "=" + pg.password(),
                "-D" + ConsumerProcess.KAFKA + "=" + TestKafka.bootstrapServers(),
                "-D" + ConsumerProcess.PARENT + "=" + ProcessHandle.current().pid(),
                "-cp", classpath, ConsumerProcess.class.getName());
        try {
            Path log = Files.createDirectories(Path.of("target", "consumer-logs")).resolve(name + ".log");
            return new ConsumerProcessHandle(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start(), log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a consumer process: " + e.getMessage(), e);
        }
    }

    /** SIGKILL: no shutdown hook, no offset commit on close, no rollback; the broker and the database notice the dropped connections. */
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
