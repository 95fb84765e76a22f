-- The people directory: who recruits, manages and interviews. Synced like every shared table.
CREATE TABLE people (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email      TEXT NOT NULL DEFAULT '',
    time_zone  TEXT NOT NULL DEFAULT '',
    -- JSON array of "recruiter", "hiring_manager", "interviewer"
    plays      TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    hlc        TEXT NOT NULL,
    field_hlc  TEXT NOT NULL DEFAULT '{}',
    deleted_at INTEGER
);
CREATE INDEX people_by_name ON people (name COLLATE NOCASE) WHERE deleted_at IS NULL;

-- Who did it, by id, for history written from now on (the name stays for display and for
-- history written before the directory existed).
ALTER TABLE stage_events ADD COLUMN actor_id TEXT;
