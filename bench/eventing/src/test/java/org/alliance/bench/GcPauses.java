package org.alliance.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The JVM's stop-the-world pauses, as its collectors report them, since the last {@link #summary}:
 * a pause stalls the writers, the relay and the consumer of this JVM alike, so it shows in the p99.
 */
final class GcPauses {

    private final List<Long> pauses = new CopyOnWriteArrayList<>();

    GcPauses() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            // concurrent collectors report their cycles on a second bean; only pauses stop the application
            if (gc.getName().contains("Cycles") || gc.getName().contains("Concurrent")) {
                continue;
            }
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    pauses.add(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo().getDuration());
                }
            }, null, null);
        }
    }

    /** "n (longest x ms, y ms in all)" since the last call, which starts the next count. */
    String summary() {
        List<Long> seen = List.copyOf(pauses);
        pauses.clear();
        return String.format("%d (longest %d ms, %d ms in all)", seen.size(),
                seen.stream().mapToLong(Long::longValue).max().orElse(0), seen.stream().mapToLong(Long::longValue).sum());
    }

    static String collector() {
        return ManagementFactory.getGarbageCollectorMXBeans().get(0).getName().split(" ")[0];
    }
}
