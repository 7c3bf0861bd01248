package org.alliance.registry.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.registry.domain.RegionRange;
import org.alliance.registry.domain.roster.ImportJob;
import org.alliance.registry.domain.roster.RosterColumn;
import org.alliance.registry.domain.roster.RosterFile;
import org.alliance.registry.domain.roster.RosterRow;
import org.alliance.registry.domain.roster.RowError;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The import_job and import_row tables, through the plain reactive client: a 10,000-row upload is
 * one batched insert, and the worker's bookkeeping needs no Hibernate session. The row outcomes
 * themselves are written by {@code RosterImporter} inside each row's own transaction.
 */
@ApplicationScoped
public class ImportJobs {

    private static final String COLUMNS = "id, owner, owner_region, file_name, file_format, file_sha256, file_bytes,"
            + " ignored_columns, status, rows_total, rows_done, rows_created, rows_existing, rows_invalid,"
            + " enterprises_created, created_at, started_at, finished_at";

    @Inject
    Pool pool;

    @ConfigProperty(name = "alliance.lists.count-ahead")
    long countAhead;

    /** Stores the job and all its rows in one transaction; a duplicate row names the earlier row it repeats. */
    public Uni<ImportJob> create(String owner, String ownerRegion, RosterFile file, Map<Integer, Integer> duplicates) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Tuple> rows = new ArrayList<>(file.rows().size());
        for (RosterRow row : file.rows()) {
            JsonObject cells = new JsonObject();
            row.cells().forEach((column, value) -> cells.put(column.header(), value));
            rows.add(Tuple.of(id, row.number(), cells, duplicates.get(row.number())));
        }
        return pool.withTransaction(conn -> conn.preparedQuery("INSERT INTO import_job (id, owner, owner_region,"
                        + " file_name, file_format, file_sha256, file_bytes, ignored_columns, status, rows_total, created_at)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'QUEUED', $9, $10) RETURNING " + COLUMNS)
                .execute(Tuple.from(Arrays.asList(id, owner, ownerRegion, file.fileName(), file.format().name(), file.sha256(),
                        file.bytes(), file.ignoredHeaders().toArray(String[]::new), file.rows().size(), now)))
                .flatMap(inserted -> conn.preparedQuery("INSERT INTO import_row (job_id, row_number, cells, duplicate_of)"
                                + " VALUES ($1, $2, $3::jsonb, $4)")
                        .executeBatch(rows)
                        .replaceWith(job(inserted.iterator().next()))));
    }

    /** An unfinished job of the very same file by the same owner scope: uploading it again joins that job. */
    public Uni<Optional<ImportJob>> unfinishedWithFile(String sha256, String ownerRegion) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM import_job WHERE file_sha256 = $1"
                        + " AND owner_region IS NOT DISTINCT FROM $2 AND status <> 'COMPLETED' ORDER BY created_at LIMIT 1")
                .execute(Tuple.of(sha256, ownerRegion)).map(ImportJobs::first);
    }

    public Uni<Optional<ImportJob>> find(UUID id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM import_job WHERE id = $1").execute(Tuple.of(id))
                .map(ImportJobs::first);
    }

    /**
     * Newest first; {@code scope} (a union's region) limits the list to the jobs of unions it covers.
     * Counted as the other lists are, at most {@code alliance.lists.count-ahead} rows past the page.
     */
    public Uni<Page<ImportJob>> list(String scope, PageRequest page) {
        RegionRange range = scope == null ? new RegionRange("000000", "999999") : RegionRange.of(scope);
        String where = scope == null ? "" : " WHERE owner_region BETWEEN $1 AND $2";
        Tuple args = scope == null ? Tuple.tuple() : Tuple.of(range.low(), range.high());
        long offset = (long) page.page * page.size;
        long reach = offset + page.size + countAhead;
        return pool.preparedQuery("SELECT count(*) FROM (SELECT 1 FROM import_job" + where + " LIMIT " + (reach + 1) + ") j")
                .execute(args)
                .flatMap(count -> pool.preparedQuery("SELECT " + COLUMNS + " FROM import_job" + where
                                + " ORDER BY created_at DESC, id LIMIT " + page.size + " OFFSET " + offset)
                        .execute(args)
                        .map(set -> {
                            List<ImportJob> items = new ArrayList<>();
                            set.forEach(r -> items.add(job(r)));
                            long counted = count.iterator().next().getLong(0);
                            return new Page<>(items, page.page, page.size, counted, counted <= reach);
                        }));
    }

    public Uni<List<ImportJob.InvalidRow>> invalidRows(UUID id) {
        return pool.preparedQuery("SELECT row_number, errors FROM import_row WHERE job_id = $1 AND outcome = 'INVALID'"
                        + " ORDER BY row_number").execute(Tuple.of(id))
                .map(set -> {
                    List<ImportJob.InvalidRow> rows = new ArrayList<>();
                    for (Row r : set) {
                        List<RowError> errors = new ArrayList<>();
                        JsonArray array = (JsonArray) r.getJson("errors");
                        for (int i = 0; i < array.size(); i++) {
                            JsonObject e = array.getJsonObject(i);
                            errors.add(new RowError(e.getString("column"), e.getString("reason")));
                        }
                        rows.add(new ImportJob.InvalidRow(r.getInteger("row_number"), errors));
                    }
                    return rows;
                });
    }

    /**
     * Takes the oldest job no worker holds (queued, or running under a lease that ran out) and
     * leases it; SKIP LOCKED lets several service instances look at once without waiting on each other.
     */
    public Uni<Optional<UUID>> claim(Duration lease) {
        return pool.preparedQuery("UPDATE import_job SET status = 'RUNNING', lease_until = now() + make_interval(secs => $1),"
                        + " started_at = coalesce(started_at, now())"
                        + " WHERE id = (SELECT id FROM import_job WHERE status = 'QUEUED'"
                        + " OR (status = 'RUNNING' AND lease_until < now())"
                        + " ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id")
                .execute(Tuple.of((double) lease.toSeconds()))
                .map(set -> set.size() == 0 ? Optional.empty() : Optional.of(set.iterator().next().getUUID("id")));
    }

    /** Undecided rows in row order, at most {@code limit}. */
    public Uni<List<ImportJob.PendingRow>> pending(UUID id, int limit) {
        return pool.preparedQuery("SELECT row_number, cells, duplicate_of FROM import_row"
                        + " WHERE job_id = $1 AND outcome IS NULL ORDER BY row_number LIMIT $2")
                .execute(Tuple.of(id, limit))
                .map(set -> {
                    List<ImportJob.PendingRow> rows = new ArrayList<>();
                    for (Row r : set) {
                        JsonObject cells = (JsonObject) r.getJson("cells");
                        Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
                        cells.forEach(e -> RosterColumn.forHeader(e.getKey())
                                .ifPresent(c -> values.put(c, String.valueOf(e.getValue()))));
                        int number = r.getInteger("row_number");
                        rows.add(new ImportJob.PendingRow(number, new RosterRow(number, values), r.getInteger("duplicate_of")));
                    }
                    return rows;
                });
    }

    /** Recounts the job's progress from its rows (so it is right after any crash) and extends the lease. */
    public Uni<Void> progress(UUID id, Duration lease) {
        return count(id, "lease_until = now() + make_interval(secs => $2)", Tuple.of(id, (double) lease.toSeconds()));
    }

    public Uni<Void> complete(UUID id) {
        return count(id, "status = 'COMPLETED', lease_until = NULL, finished_at = now()", Tuple.of(id));
    }

    private Uni<Void> count(UUID id, String set, Tuple args) {
        return pool.preparedQuery("UPDATE import_job j SET rows_done = c.done, rows_created = c.created,"
                        + " rows_existing = c.existing, rows_invalid = c.invalid, enterprises_created = c.enterprises, " + set
                        + " FROM (SELECT count(outcome) AS done, count(*) FILTER (WHERE outcome = 'CREATED') AS created,"
                        + " count(*) FILTER (WHERE outcome = 'EXISTING') AS existing,"
                        + " count(*) FILTER (WHERE outcome = 'INVALID') AS invalid,"
                        + " count(*) FILTER (WHERE enterprise_created) AS enterprises"
                        + " FROM import_row WHERE job_id = $1) c WHERE j.id = $1")
                .execute(args).replaceWithVoid();
    }

    private static Optional<ImportJob> first(RowSet<Row> set) {
        return set.size() == 0 ? Optional.empty() : Optional.of(job(set.iterator().next()));
    }

    private static ImportJob job(Row r) {
        return new ImportJob(r.getUUID("id"), r.getString("owner"), r.getString("owner_region"), r.getString("file_name"),
                RosterFile.Format.valueOf(r.getString("file_format")), r.getString("file_sha256"), r.getInteger("file_bytes"),
                Arrays.asList(r.getArrayOfStrings("ignored_columns")), ImportJob.Status.valueOf(r.getString("status")),
                r.getInteger("rows_total"), r.getInteger("rows_done"), r.getInteger("rows_created"),
                r.getInteger("rows_existing"), r.getInteger("rows_invalid"), r.getInteger("enterprises_created"),
                r.getOffsetDateTime("created_at"), r.getOffsetDateTime("started_at"), r.getOffsetDateTime("finished_at"));
    }
}
