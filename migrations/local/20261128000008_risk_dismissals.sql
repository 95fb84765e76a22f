-- Profile risk flags a recruiter looked at and dismissed, with why. The flags themselves are
-- computed from the profile; a dismissal sticks to a flag's stable key.
CREATE TABLE risk_dismissals (
    id           TEXT PRIMARY KEY NOT NULL,
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    flag_key     TEXT NOT NULL,
    note         TEXT NOT NULL,
    actor        TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    hlc          TEXT NOT NULL,
    field_hlc    TEXT NOT NULL DEFAULT '{}',
    deleted_at   INTEGER
);
CREATE UNIQUE INDEX risk_dismissals_once ON risk_dismissals (candidate_id, flag_key) WHERE deleted_at IS NULL;
