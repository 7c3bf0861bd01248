package org.alliance.broker;

import java.nio.file.Path;

/**
 * Command line for the local stack: {@code start DATA_DIR LIB_DIR PORT CONTROLLER_PORT} starts a
 * detached broker (its pid in DATA_DIR/broker.pid, its log in DATA_DIR/broker.log) and returns once
 * it listens.
 */
public final class Main {

    public static void main(String[] args) throws Exception {
        if (args.length != 5 || !"start".equals(args[0])) {
            System.err.println("usage: start DATA_DIR LIB_DIR PORT CONTROLLER_PORT");
            System.exit(2);
        }
        KafkaBroker broker = new KafkaBroker(Path.of(args[1]), Path.of(args[2]),
                Integer.parseInt(args[3]), Integer.parseInt(args[4]), false);
        broker.start();
        System.out.println("Kafka broker ready at " + broker.bootstrapServers() + " (log: " + broker.logFile() + ")");
    }
}
