package org.alliance.broker;

/**
 * Entry point of the broker's JVM: runs {@code kafka.Kafka} and, when given a parent pid, halts as
 * soon as that parent is gone, so a test JVM that is killed never leaves an orphaned broker behind.
 */
public final class BrokerMain {

    public static void main(String[] args) {
        long parent = Long.parseLong(args[0]);
        if (parent > 0) {
            Thread watchdog = new Thread(() -> {
                while (ProcessHandle.of(parent).map(ProcessHandle::isAlive).orElse(false)) {
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                Runtime.getRuntime().halt(0);
            }, "parent-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
        kafka.Kafka.main(new String[] {args[1]});
    }
}
