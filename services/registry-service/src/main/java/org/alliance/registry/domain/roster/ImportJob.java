package org.alliance.registry.domain.roster;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A roster import as stored: who uploaded which file, and how far its rows have got. */
public record ImportJob(UUID id, String owner, String ownerRegion, String fileName, RosterFile.Format format,
        String sha256, int bytes, List<String> ignoredColumns, Status status, int total, int done, int created,
        int existing, int invalid, int enterprisesCreated, OffsetDateTime createdAt, OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    public enum Status { QUEUED, RUNNING, COMPLETED }

    /** A row the worker has not decided yet, with its cells as uploaded. */
    public record PendingRow(int number, RosterRow row, Integer duplicateOf) {
    }

    /** A row that was not imported, and every reason why. */
    public record InvalidRow(int row, List<RowError> errors) {
    }
}
