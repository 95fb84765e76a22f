-- Resume files (kept content-addressed on disk by their SHA-256) and what was parsed from them.
CREATE TABLE resumes (
    id           TEXT PRIMARY KEY NOT NULL,
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    sha256       TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    format       TEXT NOT NULL,
    byte_size    INTEGER NOT NULL,
    pages        INTEGER,
    text         TEXT NOT NULL,
    -- the profile exactly as parsed (JSON); reviewed values live in candidate_profiles
    parsed       TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    hlc          TEXT NOT NULL,
    field_hlc    TEXT NOT NULL DEFAULT '{}',
    deleted_at   INTEGER
);
CREATE UNIQUE INDEX resumes_by_hash ON resumes (sha256) WHERE deleted_at IS NULL;
CREATE INDEX resumes_by_candidate ON resumes (candidate_id) WHERE deleted_at IS NULL;

-- A candidate's structured profile: one row per candidate, its fields stamped like the
-- candidate's own.
CREATE TABLE candidate_profiles (
    candidate_id     TEXT PRIMARY KEY NOT NULL REFERENCES candidates (id),
    headline         TEXT NOT NULL DEFAULT '',
    positions        TEXT NOT NULL DEFAULT '[]',
    education        TEXT NOT NULL DEFAULT '[]',
    skills           TEXT NOT NULL DEFAULT '[]',
    languages        TEXT NOT NULL DEFAULT '[]',
    years_experience REAL,
    low_confidence   TEXT NOT NULL DEFAULT '[]',
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    hlc              TEXT NOT NULL,
    field_hlc        TEXT NOT NULL DEFAULT '{}'
);

-- Derived duplicate-detection keys of live candidates (E.164 phones, GitHub and LinkedIn
-- handles), kept by the candidate repository in the same transaction as the row, like
-- candidate_emails. Names are matched through candidate_name_tokens.
CREATE TABLE candidate_keys (
    kind         TEXT NOT NULL CHECK (kind IN ('phone', 'github', 'linkedin')),
    key          TEXT NOT NULL,
    candidate_id TEXT NOT NULL,
    PRIMARY KEY (kind, key, candidate_id)
) WITHOUT ROWID;

-- Merges, recorded so that they can be undone: what moved from the merged candidate to the
-- survivor and what the survivor looked like before.
CREATE TABLE candidate_merges (
    id          TEXT PRIMARY KEY NOT NULL,
    survivor_id TEXT NOT NULL REFERENCES candidates (id),
    merged_id   TEXT NOT NULL REFERENCES candidates (id),
    -- JSON: the survivor's fields and profile before, moved application and resume ids
    undo        TEXT NOT NULL,
    actor       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    undone_at   INTEGER,
    hlc         TEXT NOT NULL
);
CREATE INDEX candidate_merges_by_survivor ON candidate_merges (survivor_id);
