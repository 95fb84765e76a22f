-- The pipeline board and interview scheduling.

-- The technical screen's path as the candidate chose it (stamped like the stage).
ALTER TABLE applications ADD COLUMN screen_path TEXT CHECK (screen_path IN ('async_challenge', 'paired_session'));
-- When the async challenge is due (a plain date).
ALTER TABLE applications ADD COLUMN screen_due_on TEXT;

-- Availability of a team member, stamped as the fields "working_hours", "weekly_cap" and
-- "trained_for": working hours per weekday in their own zone (JSON; empty means Monday to
-- Friday 09:00-17:00), interviews a week at most (NULL: no cap), and the interview step kinds
-- they are trained for (JSON array; empty means any).
ALTER TABLE people ADD COLUMN working_hours TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN weekly_cap INTEGER CHECK (weekly_cap IS NULL OR weekly_cap BETWEEN 0 AND 100);
ALTER TABLE people ADD COLUMN trained_for TEXT NOT NULL DEFAULT '[]';

-- Busy time of a team member: blocks entered by hand or read from an imported calendar (.ics).
-- Re-importing the same calendar replaces its blocks (old ones are tombstoned).
CREATE TABLE busy_blocks (
    id         TEXT PRIMARY KEY NOT NULL,
    person_id  TEXT NOT NULL REFERENCES people (id),
    starts_at  INTEGER NOT NULL,
    ends_at    INTEGER NOT NULL CHECK (ends_at > starts_at),
    title      TEXT NOT NULL DEFAULT '',
    -- 'manual', or the name of the calendar file it came from
    source     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    hlc        TEXT NOT NULL,
    field_hlc  TEXT NOT NULL DEFAULT '{}',
    deleted_at INTEGER
);
CREATE INDEX busy_blocks_by_person ON busy_blocks (person_id, starts_at) WHERE deleted_at IS NULL;

-- When a candidate can interview, entered by the recruiter in the candidate's zone (kept with
-- the zone so the screen can show it as it was entered).
CREATE TABLE candidate_windows (
    id             TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES applications (id),
    starts_at      INTEGER NOT NULL,
    ends_at        INTEGER NOT NULL CHECK (ends_at > starts_at),
    time_zone      TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    hlc            TEXT NOT NULL,
    field_hlc      TEXT NOT NULL DEFAULT '{}',
    deleted_at     INTEGER
);
CREATE INDEX candidate_windows_by_application ON candidate_windows (application_id, starts_at) WHERE deleted_at IS NULL;

-- The latest stage event of an application is read for every board card.
CREATE INDEX stage_events_latest ON stage_events (application_id, occurred_at DESC, id DESC);

-- Local only, derived (never synced): each card's match score, profile risk flag keys and
-- current job, computed from the candidate's profile and the role's intake. A row is reused while
-- its basis (profile stamp, intake hash, month) is unchanged, so a board of thousands of cards
-- does not re-score every profile on every load.
CREATE TABLE card_facts (
    application_id TEXT PRIMARY KEY NOT NULL,
    basis          TEXT NOT NULL,
    score          INTEGER,
    risk_keys      TEXT NOT NULL DEFAULT '',
    current        TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- A board reads each card's profile stamp and headline; a covering index keeps it from reading
-- the wide profile rows (their JSON spills onto overflow pages).
CREATE INDEX candidate_profiles_stamp ON candidate_profiles (candidate_id, hlc, headline);
