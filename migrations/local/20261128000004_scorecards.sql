-- Scorecards: one per application, interview step and interviewer. Only the author writes it;
-- every submission and amendment is also kept, unchanged, in scorecard_versions.
CREATE TABLE scorecards (
    id               TEXT PRIMARY KEY NOT NULL,
    application_id   TEXT NOT NULL REFERENCES applications (id),
    step_id          TEXT NOT NULL,
    interviewer_id   TEXT NOT NULL REFERENCES people (id),
    interviewer_name TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
    content          TEXT NOT NULL DEFAULT '{}',
    submitted_at     INTEGER,
    amendments       INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    hlc              TEXT NOT NULL,
    field_hlc        TEXT NOT NULL DEFAULT '{}',
    deleted_at       INTEGER
);
CREATE UNIQUE INDEX scorecards_one_per_step ON scorecards (application_id, step_id, interviewer_id) WHERE deleted_at IS NULL;

CREATE TABLE scorecard_versions (
    id           TEXT PRIMARY KEY NOT NULL,
    scorecard_id TEXT NOT NULL REFERENCES scorecards (id),
    version      INTEGER NOT NULL,
    content      TEXT NOT NULL,
    submitted_at INTEGER NOT NULL,
    hlc          TEXT NOT NULL,
    UNIQUE (scorecard_id, version)
);
CREATE TRIGGER scorecard_versions_append_only_update BEFORE UPDATE ON scorecard_versions
BEGIN
    SELECT RAISE(ABORT, 'scorecard_versions is append-only');
END;
CREATE TRIGGER scorecard_versions_append_only_delete BEFORE DELETE ON scorecard_versions
BEGIN
    SELECT RAISE(ABORT, 'scorecard_versions is append-only');
END;
