-- Interviews: one step of a role's plan for one application, at an instant (UTC ms) with the
-- IANA zone it was arranged in, and a panel of interviewers whose scorecards are due after it.
CREATE TABLE interviews (
    id             TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES applications (id),
    step_id        TEXT NOT NULL,
    starts_at      INTEGER NOT NULL,
    ends_at        INTEGER NOT NULL CHECK (ends_at > starts_at),
    time_zone      TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
    sequence       INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    hlc            TEXT NOT NULL,
    field_hlc      TEXT NOT NULL DEFAULT '{}',
    deleted_at     INTEGER
);
CREATE INDEX interviews_by_application ON interviews (application_id, starts_at) WHERE deleted_at IS NULL;
CREATE INDEX interviews_by_end ON interviews (ends_at) WHERE deleted_at IS NULL AND status = 'scheduled';

CREATE TABLE interview_panel (
    id           TEXT PRIMARY KEY NOT NULL,
    interview_id TEXT NOT NULL REFERENCES interviews (id),
    person_id    TEXT NOT NULL REFERENCES people (id),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    hlc          TEXT NOT NULL,
    deleted_at   INTEGER
);
CREATE UNIQUE INDEX interview_panel_once ON interview_panel (interview_id, person_id) WHERE deleted_at IS NULL;
CREATE INDEX interview_panel_by_person ON interview_panel (person_id) WHERE deleted_at IS NULL;

-- Local only, never synced: which overdue scorecards this laptop has already raised an OS
-- notification for, so a reminder is shown once.
CREATE TABLE feedback_reminders (
    interview_id TEXT NOT NULL,
    person_id    TEXT NOT NULL,
    notified_at  INTEGER NOT NULL,
    PRIMARY KEY (interview_id, person_id)
);
