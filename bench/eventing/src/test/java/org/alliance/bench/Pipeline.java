package org.alliance.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The outbox pipeline under open-loop load: commit of item + event, relay, Kafka, inbox commit. */
final class Pipeline {

    private final ItemWriter writer;
    private final BenchHandler handler;
    private final Map<Long, Long> issued = new ConcurrentHashMap<>();
    private final Map<Long, Long> committed = new ConcurrentHashMap<>();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();

    Pipeline(ItemWriter writer, BenchHandler handler) {
        this.writer = writer;
        this.handler = handler;
    }

    /** @param writes from starting a write to its commit: the service's own transaction, not the pipeline */
    record Result(int rate, Latencies latencies, Latencies writes, double issueSeconds, double commitSeconds, long writeFailures,
            double drainSeconds) {

        double committedPerSecond() {
            return latencies.expected() / commitSeconds;
        }
    }

    Result run(int rate, int seconds, long firstSeq, Duration drain) throws InterruptedException {
        long count = (long) rate * seconds;
        long failuresBefore = failures.get();
        long committedBefore = commits.get();
        long appliedBefore = handler.appliedCount();
        long start = System.nanoTime();
        double issueSeconds = Pacer.run(rate, count, i -> {
            long seq = firstSeq + i;
            issued.put(seq, System.nanoTime());
            writer.create(seq, t -> {
                committed.put(seq, t);
                commits.incrementAndGet();
            }, e -> failures.incrementAndGet());
        });
        long issuedAt = System.nanoTime();
        long deadline = issuedAt + drain.toNanos();
        // counters, not scans: the waiting thread must not steal the CPU it is measuring
        while ((commits.get() - committedBefore + failures.get() - failuresBefore < count
                || handler.appliedCount() - appliedBefore < commits.get() - committedBefore)
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long lastCommit = committed.entrySet().stream().filter(e -> e.getKey() >= firstSeq && e.getKey() < firstSeq + count)
                .mapToLong(Map.Entry::getValue).max().orElse(issuedAt);
        return new Result(rate, Latencies.of(firstSeq, count, committed, handler.applied()),
                Latencies.of(firstSeq, count, issued, committed), issueSeconds,
                (lastCommit - start) / 1e9, failures.get() - failuresBefore, (System.nanoTime() - issuedAt) / 1e9);
    }
}
