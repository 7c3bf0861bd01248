package org.alliance.broker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker + controller), run as a child JVM: alone,
 * or as one node of a {@link KafkaCluster}.
 *
 * <p>The same class starts the broker for the local stack and for tests, so both exercise the same
 * configuration. The broker keeps its data in {@code dataDir}, so {@link #stop()} then
 * {@link #start()} restarts it with its topics and offsets intact (tests use that to take the broker
 * away for a while); {@link #kill()}, {@link #pause()} and {@link #resume()} are the rougher ways.
 */
public final class KafkaBroker {

    private final Path dataDir;
    private final Path libDir;
    private final int port;
    private final int controllerPort;
    private final boolean dieWithParent;
    private final Node node;
    private Process process;
    private Thread killOnExit;

    /**
     * Where a broker stands in its cluster: its id, the controller quorum of every node
     * ({@code 1@127.0.0.1:port,...}), the cluster's size (the replication of internal topics) and the
     * cluster id every node's storage is formatted with.
     */
    record Node(int id, String voters, int clusterSize, String clusterId) {
    }

    public KafkaBroker(Path dataDir, Path libDir, int port, int controllerPort, boolean dieWithParent) {
        this(dataDir, libDir, port, controllerPort, dieWithParent,
                new Node(1, "1@127.0.0.1:" + controllerPort, 1, newClusterId()));
    }

    KafkaBroker(Path dataDir, Path libDir, int port, int controllerPort, boolean dieWithParent, Node node) {
        this.dataDir = dataDir.toAbsolutePath();
        this.libDir = libDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.dieWithParent = dieWithParent;
        this.node = node;
    }

    static String newClusterId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 22);
    }

    public int nodeId() {
        return node.id();
    }

    public int controllerPort() {
        return controllerPort;
    }

    /** A broker on free loopback ports in a fresh temporary folder, stopped when this JVM exits. */
    public static KafkaBroker ephemeral(Path libDir) throws IOException {
        Path dir = Files.createTempDirectory("kafka-broker-");
        return new KafkaBroker(dir, libDir, freePort(), freePort(), true);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return dataDir.resolve("broker.log");
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public synchronized void start() throws IOException, InterruptedException {
        launch();
        awaitPort(Duration.ofSeconds(60));
    }

    /** Starts the process without waiting for it to listen: the nodes of a cluster wait for each other. */
    synchronized void launch() throws IOException, InterruptedException {
        if (isRunning()) {
            return;
        }
        Path properties = dataDir.resolve("server.properties");
        Path logs = dataDir.resolve("data");
        if (!Files.exists(logs.resolve("meta.properties"))) {
            Files.createDirectories(logs);
            Files.writeString(properties, serverProperties(logs), StandardCharsets.UTF_8);
            format(properties);
        }
        List<String> command = java(BrokerMain.class.getName(),
                Long.toString(dieWithParent ? ProcessHandle.current().pid() : 0), properties.toString());
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        Files.writeString(dataDir.resolve("broker.pid"), Long.toString(process.pid()));
        if (dieWithParent && killOnExit == null) {
            killOnExit = new Thread(this::destroyOnExit);
            Runtime.getRuntime().addShutdownHook(killOnExit);
        }
    }

    /** Stops the broker gracefully (controlled shutdown), waiting up to 30 s before killing it. */
    public synchronized void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        process = null;
    }

    /**
     * SIGKILL: no controlled shutdown, no flush, no goodbye to the controller; returns once the process
     * is gone. A paused broker dies without running again, so requests waiting unread in its sockets are lost.
     */
    public synchronized void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroyForcibly().waitFor();
        process = null;
    }

    /**
     * SIGSTOP: the process freezes with its sockets open. Clients see no refusal and no answer: their
     * requests, acknowledgements included, wait until {@link #resume()} or their own timeouts.
     */
    public synchronized void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    public synchronized void resume() throws InterruptedException {
        try {
            signal("CONT");
        } catch (IOException e) {
            throw new IllegalStateException("cannot continue the broker process: " + e.getMessage(), e);
        }
    }

    private void signal(String name) throws IOException, InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).redirectErrorStream(true).start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + name + " " + process.pid() + " failed: " + new String(kill.getInputStream().readAllBytes()));
        }
    }

    private synchronized void destroyOnExit() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    public synchronized Process process() {
        return process;
    }

    /** The broker's process id while it runs. */
    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("broker " + node.id() + " is not running");
        }
        return process.pid();
    }

    private String serverProperties(Path logs) {
        int replicas = Math.min(3, node.clusterSize());
        // with three replicas acks=all waits for two, so one broker may fail without losing an acknowledged record
        int minInsync = replicas >= 3 ? 2 : 1;
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=" + node.id(),
                "controller.quorum.voters=" + node.voters(),
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logs,
                "num.partitions=3",
                "default.replication.factor=" + replicas,
                "min.insync.replicas=" + minInsync,
                "offsets.topic.replication.factor=" + replicas,
                "offsets.topic.num.partitions=6",
                "transaction.state.log.replication.factor=" + replicas,
                "transaction.state.log.min.isr=" + minInsync,
                "share.coordinator.state.topic.replication.factor=" + replicas,
                "share.coordinator.state.topic.min.isr=" + minInsync,
                "group.initial.rebalance.delay.ms=0",
                // a consumer that died without leaving may be declared gone after 1 s if it asked for that
                "group.min.session.timeout.ms=1000",
                // in a cluster, a broker that stops heartbeating is fenced, and its partitions led elsewhere,
                // within 4 s rather than 9; alone, fencing only makes everything unavailable, so the default stays
                node.clusterSize() > 1 ? "broker.session.timeout.ms=4000" : "",
                node.clusterSize() > 1 ? "broker.heartbeat.interval.ms=500" : "",
                // topics are created explicitly by the services with their own settings
                "auto.create.topics.enable=false",
                "log.cleaner.backoff.ms=1000",
                "") ;
    }

    private void format(Path properties) throws IOException, InterruptedException {
        Process format = new ProcessBuilder(java("kafka.tools.StorageTool", "format",
                "-t", node.clusterId(), "-c", properties.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        if (format.waitFor() != 0) {
            throw new IOException("formatting the broker's storage failed; see " + logFile());
        }
    }

    private List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms128m");
        command.add("-Xmx" + System.getProperty("alliance.kafka.heap", "512m"));
        // the small serial collector suits tests; a benchmark gives the broker the collector Kafka ships with
        command.addAll(List.of(System.getProperty("alliance.kafka.java-options", "-XX:+UseSerialGC").trim().split("\\s+")));
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(libDir.resolve("*") + java.io.File.pathSeparator + ownLocation());
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private static String ownLocation() {
        try {
            return Path.of(KafkaBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void awaitPort(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("the Kafka broker exited with " + process.exitValue() + "; see " + logFile());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IOException("the Kafka broker did not listen on " + port + " within " + timeout + "; see " + logFile());
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Finds target/lib of this module from a folder inside the project. */
    public static Path libDirFrom(Path projectRoot) {
        return projectRoot.resolve("services/kafka-broker/target/lib");
    }
}
