package org.alliance.registry.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.registry.domain.roster.ImportJob;
import org.alliance.registry.domain.roster.RowError;

/**
 * A roster import as a union sees it: progress (rows decided of all rows), what the decided rows
 * came to, and each invalid row with its row number and, per wrong cell, the column and the reason.
 * The job is finished when {@code status} is COMPLETED.
 */
public record ImportView(UUID id, String fileName, String format, String fileSha256, ImportJob.Status status,
        Progress progress, Counts counts, List<String> ignoredColumns, OffsetDateTime createdAt,
        OffsetDateTime startedAt, OffsetDateTime finishedAt, List<InvalidRow> invalidRows) {

    public record Progress(int done, int total) {
    }

    /**
     * @param created            rows that registered a studio
     * @param existing           rows whose studio was already registered (a re-upload): nothing written
     * @param invalid            rows not imported, listed in {@code invalidRows}
     * @param enterprisesCreated enterprises registered on the way
     */
    public record Counts(int created, int existing, int invalid, int enterprisesCreated) {
    }

    public record InvalidRow(int row, List<RowError> errors) {
    }

    static ImportView of(ImportJob job, List<ImportJob.InvalidRow> invalid) {
        return new ImportView(job.id(), job.fileName(), job.format().name(), job.sha256(), job.status(),
                new Progress(job.done(), job.total()),
                new Counts(job.created(), job.existing(), job.invalid(), job.enterprisesCreated()),
                job.ignoredColumns(), job.createdAt(), job.startedAt(), job.finishedAt(),
                invalid == null ? null : invalid.stream().map(r -> new InvalidRow(r.row(), r.errors())).toList());
    }
}
