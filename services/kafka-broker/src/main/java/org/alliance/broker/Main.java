package org.alliance.broker;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Command line for the local stack: {@code start DATA_DIR LIB_DIR PORT CONTROLLER_PORT} starts a
 * detached broker (its pid in DATA_DIR/broker.pid, its log in DATA_DIR/broker.log) and returns once
 * it listens. {@code start-cluster DATA_DIR LIB_DIR PORT,PORT,PORT CONTROLLER_PORT,...} starts one
 * broker per port (DATA_DIR/node-1, node-2, ...) as one KRaft cluster and returns once all of them
 * are in it; it talks to the cluster, so LIB_DIR/* must be on this command's class path too.
 */
public final class Main {

    public static void main(String[] args) throws Exception {
        if (args.length == 5 && "start".equals(args[0])) {
            KafkaBroker broker = new KafkaBroker(Path.of(args[1]), Path.of(args[2]),
                    Integer.parseInt(args[3]), Integer.parseInt(args[4]), false);
            broker.start();
            System.out.println("Kafka broker ready at " + broker.bootstrapServers() + " (log: " + broker.logFile() + ")");
        } else if (args.length == 5 && "start-cluster".equals(args[0])) {
            KafkaCluster cluster = KafkaCluster.of(Path.of(args[1]), Path.of(args[2]), ports(args[3]), ports(args[4]), false);
            cluster.start();
            System.out.println("Kafka cluster of " + cluster.size() + " ready at " + cluster.bootstrapServers()
                    + " (logs: " + Path.of(args[1]).resolve("node-*/broker.log") + ")");
        } else {
            System.err.println("usage: start DATA_DIR LIB_DIR PORT CONTROLLER_PORT");
            System.err.println("       start-cluster DATA_DIR LIB_DIR PORT,PORT,PORT CONTROLLER_PORT,CONTROLLER_PORT,CONTROLLER_PORT");
            System.exit(2);
        }
    }

    private static List<Integer> ports(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
