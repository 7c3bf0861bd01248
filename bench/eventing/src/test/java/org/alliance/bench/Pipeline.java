package org.alliance.bench;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** The outbox pipeline under open-loop load: commit of item + event, relay, Kafka, inbox commit. */
final class Pipeline {

    private final ItemWriter writer;
    private final BenchHandler handler;
    private final Timestamps issued = new Timestamps();
    private final Timestamps committed = new Timestamps();
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

    /** {@code rate} events per second for {@code seconds}, {@code perTransaction} events committed together. */
    Result run(int rate, int seconds, long firstSeq, Duration drain, int perTransaction) throws InterruptedException {
        long count = (long) rate * seconds / perTransaction * perTransaction;
        long failuresBefore = failures.get();
        long committedBefore = commits.get();
        long appliedBefore = handler.appliedCount();
        long start = System.nanoTime();
        double issueSeconds = Pacer.run(rate / perTransaction, count / perTransaction, i -> {
            long seq = firstSeq + i * perTransaction;
            long now = System.nanoTime();
            for (int k = 0; k < perTransaction; k++) {
                issued.put(seq + k, now);
            }
            writer.create(seq, perTransaction, t -> {
                for (int k = 0; k < perTransaction; k++) {
                    committed.put(seq + k, t);
                }
                commits.addAndGet(perTransaction);
            }, e -> failures.addAndGet(perTransaction));
        });
        long issuedAt = System.nanoTime();
        long deadline = issuedAt + drain.toNanos();
        // counters, not scans: the waiting thread must not steal the CPU it is measuring
        while ((commits.get() - committedBefore + failures.get() - failuresBefore < count
                || handler.appliedCount() - appliedBefore < commits.get() - committedBefore)
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long lastCommit = Long.MIN_VALUE;
        for (long seq = firstSeq; seq < firstSeq + count; seq++) {
            if (committed.has(seq)) {
                lastCommit = Math.max(lastCommit, committed.get(seq));
            }
        }
        lastCommit = lastCommit == Long.MIN_VALUE ? issuedAt : lastCommit;
        return new Result(rate, Latencies.of(firstSeq, count, committed, handler.applied()),
                Latencies.of(firstSeq, count, issued, committed), issueSeconds,
                (lastCommit - start) / 1e9, failures.get() - failuresBefore, (System.nanoTime() - issuedAt) / 1e9);
    }
}
