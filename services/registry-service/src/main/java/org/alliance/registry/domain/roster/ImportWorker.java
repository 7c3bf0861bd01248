package org.alliance.registry.domain.roster;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.alliance.registry.domain.Actor;
import org.alliance.registry.repository.ImportJobs;
import org.alliance.registry.repository.ReferenceCatalog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs roster imports on one thread of its own, never on a request thread: woken by each upload,
 * and by a timer that picks up what a restarted or dead instance left unfinished. Rows are decided
 * one at a time in row order (each in its own transaction) and the job's progress is recounted
 * after every batch. One thread per instance keeps an import from crowding out the API on a small
 * machine; several instances share the work through the job lease.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);
    private static final Duration WAIT = Duration.ofMinutes(1);

    @Inject
    ImportJobs jobs;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    RosterImporter importer;

    @ConfigProperty(name = "alliance.imports.batch-size", defaultValue = "50")
    int batchSize;

    @ConfigProperty(name = "alliance.imports.lease", defaultValue = "PT2M")
    Duration lease;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "roster-import");
        t.setDaemon(true);
        return t;
    });
    /** At most one drain waits in the queue: a wake-up during a drain queues exactly one more. */
    private final AtomicBoolean queued = new AtomicBoolean();

    public void wake() {
        if (queued.compareAndSet(false, true)) {
            thread.execute(() -> {
                queued.set(false);
                drain();
            });
        }
    }

    @Scheduled(every = "${alliance.imports.poll-interval:15s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    void stop(@Observes ShutdownEvent event) {
        thread.shutdownNow();
    }

    private void drain() {
        try {
            Optional<UUID> job;
            while ((job = jobs.claim(lease).await().atMost(WAIT)).isPresent()) {
                run(job.get());
            }
        } catch (RuntimeException e) {
            // the job stays leased; when the lease runs out the next poll takes it up again
            LOG.errorf(e, "roster import interrupted; it resumes after its lease of %s", lease);
        }
    }

    private void run(UUID id) {
        ImportJob job = jobs.find(id).await().atMost(WAIT).orElseThrow();
        Actor actor = job.ownerRegion() == null ? Actor.operator(job.owner()) : Actor.union(job.owner(), job.ownerRegion());
        RowMapper mapper = new RowMapper(catalog.snapshot().await().atMost(WAIT), job.ownerRegion());
        List<ImportJob.PendingRow> batch;
        while (!(batch = jobs.pending(id, batchSize).await().atMost(WAIT)).isEmpty()) {
            for (ImportJob.PendingRow row : batch) {
                decide(id, actor, mapper, row);
            }
            jobs.progress(id, lease).await().atMost(WAIT);
        }
        jobs.complete(id).await().atMost(WAIT);
        LOG.infof("roster import %s (%s) completed", id, job.fileName());
    }

    private void decide(UUID id, Actor actor, RowMapper mapper, ImportJob.PendingRow row) {
        try {
            if (row.duplicateOf() != null) {
                List<RowError> repeated = List.of(RowError.of(RosterColumn.STUDIO_NAME,
                        "与第" + row.duplicateOf() + "行重复（同一企业的同名工作室），本行未导入"));
                await(() -> importer.reject(id, row.number(), repeated));
                return;
            }
            RowMapper.Result mapped = mapper.map(row.row());
            if (!mapped.valid()) {
                await(() -> importer.reject(id, row.number(), mapped.errors()));
            } else {
                await(() -> importer.importRow(id, row.number(), actor, mapped.entry()));
            }
        } catch (RosterImporter.AlreadyDecided e) {
            LOG.debugf("row %d of import %s was decided by another worker", row.number(), id);
        } catch (RuntimeException e) {
            // a row that fails unexpectedly must not stall the job forever: it is reported, the rest go on;
            // if even the report cannot be written (database gone) the drain stops and resumes later
            String incident = UUID.randomUUID().toString();
            LOG.errorf(e, "row %d of import %s failed, incident %s", row.number(), id, incident);
            await(() -> importer.reject(id, row.number(), List.of(new RowError("",
                    "处理本行时发生内部错误（事故编号 " + incident + "），未导入；请稍后单独重新上传此行"))));
        }
    }

    /** Hibernate Reactive needs a Vert.x context; this thread has none, so each row runs on a fresh one. */
    private static <T> T await(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
