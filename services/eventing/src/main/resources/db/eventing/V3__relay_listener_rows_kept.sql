-- A relay used to register by inserting its row and unregister by deleting it, every time it went to
-- sleep and woke up: hundreds of times a second at moderate rates. Each deletion left a dead row that
-- only VACUUM removes, and the writers' trigger reads the whole table: where autovacuum is off or
-- behind, that read grew by a page every few hundred registrations (seen: 69 pages, 0.13 ms per
-- writer transaction, after 20,000). Now a relay keeps its row and flips `listening`. That column is
-- in no index, so the update is HOT, and the page's old versions are pruned as it is read: the table
-- stays at one page.
ALTER TABLE eventing.relay_listener ADD COLUMN listening BOOLEAN NOT NULL DEFAULT true;

CREATE OR REPLACE FUNCTION eventing.notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- see V2: held until this transaction ends, so a relay about to sleep sees every writer or is notified
    PERFORM pg_advisory_xact_lock_shared(7350296);
    IF EXISTS (SELECT 1 FROM eventing.relay_listener WHERE listening) THEN
        PERFORM pg_notify('eventing_outbox', '');
    END IF;
    RETURN NULL;
END
$$;
