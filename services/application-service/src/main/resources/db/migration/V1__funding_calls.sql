-- A funding call (申报批次): one boost programme's application window for one year.
CREATE TABLE funding_call (
    id         UUID PRIMARY KEY,
    kind       TEXT        NOT NULL CHECK (kind IN ('PATENT_BOOST', 'PROJECT_BOOST')),
    year       INTEGER     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    title      TEXT        NOT NULL,
    opens_on   DATE        NOT NULL,
    closes_on  DATE        NOT NULL CHECK (closes_on >= opens_on),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (kind, year)
);
