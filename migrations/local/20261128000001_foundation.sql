-- Foundation: roles, candidates, applications, stage history and the mutation outbox.
-- Shared tables follow the sync-ready row rules: UUIDv7 text ids, created_at/updated_at in UTC
-- milliseconds, a row HLC stamp plus per-field stamps (field_hlc, a JSON object of field -> stamp;
-- empty until the row's first update, meaning every field carries the row's creation stamp),
-- tombstones.

-- Local settings of this replica (never synced).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE roles (
    id             TEXT PRIMARY KEY NOT NULL,
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    team           TEXT NOT NULL DEFAULT '',
    level          TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN ('draft', 'open', 'on_hold', 'closed')),
    hiring_manager TEXT NOT NULL DEFAULT '',
    recruiter      TEXT NOT NULL DEFAULT '',
    opened_on      TEXT NOT NULL,
    closed_on      TEXT,
    -- The calibrated intake (a JSON object); each of its fields is stamped as intake.<field>.
    intake         TEXT NOT NULL DEFAULT '{}',
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    hlc            TEXT NOT NULL,
    field_hlc      TEXT NOT NULL DEFAULT '{}',
    deleted_at     INTEGER
);
CREATE INDEX roles_by_status ON roles (status, title) WHERE deleted_at IS NULL;

CREATE TABLE candidates (
    id               TEXT PRIMARY KEY NOT NULL,
    full_name        TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    -- folded (lowercase, no diacritics) name: sort key and prefix-filter key
    name_key         TEXT NOT NULL,
    emails           TEXT NOT NULL DEFAULT '[]',
    phones           TEXT NOT NULL DEFAULT '[]',
    links            TEXT NOT NULL DEFAULT '[]',
    location         TEXT NOT NULL DEFAULT '',
    time_zone        TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL DEFAULT '',
    tags             TEXT NOT NULL DEFAULT '[]',
    notes            TEXT NOT NULL DEFAULT '',
    last_activity_at INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    hlc              TEXT NOT NULL,
    field_hlc        TEXT NOT NULL DEFAULT '{}',
    deleted_at       INTEGER
);
CREATE INDEX candidates_by_activity ON candidates (last_activity_at, id) WHERE deleted_at IS NULL;
CREATE INDEX candidates_by_name ON candidates (name_key, id) WHERE deleted_at IS NULL;
-- Sort keys by id: a filtered list looks up each match's keys here instead of in the wide row.
CREATE INDEX candidates_sort_keys ON candidates (id, last_activity_at, name_key) WHERE deleted_at IS NULL;

-- "Added" order is id order: UUIDv7 ids sort by creation time, so the primary key serves it.

-- How many live (not tombstoned) candidates there are, so the list's total is one row read instead
-- of a scan of every candidate. The candidate repository adjusts it in the same transaction as
-- every insert, tombstone and restore (a per-row trigger cost bulk imports ~8%).
CREATE TABLE candidate_count (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
);
INSERT INTO candidate_count (id, n) VALUES (1, 0);

-- Derived lookup tables of live candidates, kept by the candidate repository in the same
-- transaction as the row (and emptied when the candidate is tombstoned).
-- The repository removes rows by exact key (it knows the old values), so neither table needs an
-- index by candidate nor a foreign-key check on every insert.
CREATE TABLE candidate_emails (
    email        TEXT NOT NULL,
    candidate_id TEXT NOT NULL,
    PRIMARY KEY (email, candidate_id)
) WITHOUT ROWID;

CREATE TABLE candidate_name_tokens (
    token        TEXT NOT NULL,
    candidate_id TEXT NOT NULL,
    PRIMARY KEY (token, candidate_id)
) WITHOUT ROWID;

CREATE TABLE applications (
    id               TEXT PRIMARY KEY NOT NULL,
    candidate_id     TEXT NOT NULL REFERENCES candidates (id),
    role_id          TEXT NOT NULL REFERENCES roles (id),
    stage            TEXT NOT NULL CHECK (stage IN ('sourced', 'applied', 'profile_review', 'technical_screen',
                         'interviews', 'debrief', 'offer', 'hired', 'rejected', 'withdrawn')),
    stage_entered_at INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    hlc              TEXT NOT NULL,
    field_hlc        TEXT NOT NULL DEFAULT '{}',
    deleted_at       INTEGER
);
CREATE UNIQUE INDEX applications_candidate_role ON applications (candidate_id, role_id) WHERE deleted_at IS NULL;
CREATE INDEX applications_by_role ON applications (role_id, stage, stage_entered_at);

-- Append-only: stage moves are inserted, never changed.
CREATE TABLE stage_events (
    id             TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES applications (id),
    from_stage     TEXT,
    to_stage       TEXT NOT NULL,
    reason         TEXT,
    actor          TEXT NOT NULL,
    occurred_at    INTEGER NOT NULL,
    created_at     INTEGER NOT NULL,
    hlc            TEXT NOT NULL
);
CREATE INDEX stage_events_by_application ON stage_events (application_id, occurred_at);

CREATE TRIGGER stage_events_append_only_update BEFORE UPDATE ON stage_events
BEGIN
    SELECT RAISE(ABORT, 'stage_events is append-only');
END;
CREATE TRIGGER stage_events_append_only_delete BEFORE DELETE ON stage_events
BEGIN
    SELECT RAISE(ABORT, 'stage_events is append-only');
END;

-- Every write to a shared table is a named mutation recorded here in the same transaction.
-- mutation_id is per-replica and increasing; sync pushes rows where pushed_at IS NULL.
CREATE TABLE outbox (
    mutation_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    replica_id     TEXT NOT NULL,
    name           TEXT NOT NULL,
    entity         TEXT NOT NULL,
    entity_id      TEXT NOT NULL,
    args           TEXT NOT NULL,
    changed_fields TEXT NOT NULL,
    hlc            TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    pushed_at      INTEGER
);
