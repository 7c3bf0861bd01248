-- Bulk roster imports (名单导入). A job holds the uploaded file's rows; a worker off the request
-- thread decides each row in its own transaction, together with the studio (and enterprise) it
-- creates, so a crash loses nothing and repeats nothing: unfinished rows are simply taken up again.
CREATE TABLE import_job (
    id                  UUID        PRIMARY KEY,
    owner               TEXT        NOT NULL,
    -- the importing union's GB/T 2260 region; NULL when an operator imports for any region
    owner_region        CHAR(6),
    file_name           TEXT        NOT NULL,
    file_format         TEXT        NOT NULL CHECK (file_format IN ('CSV', 'XLSX')),
    file_sha256         CHAR(64)    NOT NULL,
    file_bytes          INT         NOT NULL,
    ignored_columns     TEXT[]      NOT NULL,
    status              TEXT        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED')),
    rows_total          INT         NOT NULL CHECK (rows_total BETWEEN 1 AND 10000),
    rows_done           INT         NOT NULL DEFAULT 0,
    rows_created        INT         NOT NULL DEFAULT 0,
    rows_existing       INT         NOT NULL DEFAULT 0,
    rows_invalid        INT         NOT NULL DEFAULT 0,
    enterprises_created INT         NOT NULL DEFAULT 0,
    -- a worker holds a running job until this time and extends it with every batch; a job whose
    -- lease ran out (its worker died) is taken up by the next worker that looks
    lease_until         TIMESTAMPTZ,
    created_at          TIMESTAMPTZ NOT NULL,
    started_at          TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ
);

CREATE INDEX import_job_unfinished ON import_job (created_at) WHERE status <> 'COMPLETED';
CREATE INDEX import_job_owner ON import_job (owner_region, created_at DESC);
CREATE INDEX import_job_file ON import_job (file_sha256) WHERE status <> 'COMPLETED';

CREATE TABLE import_row (
    job_id             UUID    NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    -- the row number the spreadsheet shows (the header row counts)
    row_number         INT     NOT NULL,
    -- the recognised cells as written, keyed by their Chinese column header
    cells              JSONB   NOT NULL,
    -- an earlier row of the same file with the same credit code and studio name
    duplicate_of       INT,
    outcome            TEXT    CHECK (outcome IN ('CREATED', 'EXISTING', 'INVALID')),
    studio_id          UUID,
    enterprise_id      UUID,
    enterprise_created BOOLEAN,
    -- [{"column": "统一社会信用代码", "reason": "..."}] for an INVALID row
    errors             JSONB,
    PRIMARY KEY (job_id, row_number)
);

CREATE INDEX import_row_pending ON import_row (job_id, row_number) WHERE outcome IS NULL;
CREATE INDEX import_row_invalid ON import_row (job_id, row_number) WHERE outcome = 'INVALID';
