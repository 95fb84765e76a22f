-- Offers and outreach.

-- Offer letter templates (Markdown with placeholders); the built-in default is not stored.
CREATE TABLE offer_templates (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    body       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    hlc        TEXT NOT NULL,
    field_hlc  TEXT NOT NULL DEFAULT '{}',
    deleted_at INTEGER
);

-- One live offer per application: its current terms (JSON), template, approval rule, status
-- and the version number of its latest save.
CREATE TABLE offers (
    id             TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES applications (id),
    terms          TEXT NOT NULL,
    template_id    TEXT NOT NULL DEFAULT 'default',
    approval_rule  TEXT NOT NULL DEFAULT 'always' CHECK (approval_rule IN ('always', 'outside_band')),
    status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'pending_approval', 'approved', 'sent',
                       'accepted', 'declined', 'expired')),
    version        INTEGER NOT NULL,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    hlc            TEXT NOT NULL,
    field_hlc      TEXT NOT NULL DEFAULT '{}',
    deleted_at     INTEGER
);
CREATE UNIQUE INDEX offers_one_per_application ON offers (application_id) WHERE deleted_at IS NULL;

-- Append-only: every save of an offer, with the letter as it was rendered then.
CREATE TABLE offer_versions (
    id          TEXT PRIMARY KEY NOT NULL,
    offer_id    TEXT NOT NULL REFERENCES offers (id),
    version     INTEGER NOT NULL,
    terms       TEXT NOT NULL,
    template_id TEXT NOT NULL,
    letter      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    hlc         TEXT NOT NULL,
    UNIQUE (offer_id, version)
);

-- The approvers in order (a person may appear once).
CREATE TABLE offer_approvers (
    id         TEXT PRIMARY KEY NOT NULL,
    offer_id   TEXT NOT NULL REFERENCES offers (id),
    position   INTEGER NOT NULL,
    person_id  TEXT NOT NULL REFERENCES people (id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    hlc        TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX offer_approvers_by_offer ON offer_approvers (offer_id, position) WHERE deleted_at IS NULL;

-- Append-only: each approver's decision on one version, with a comment.
CREATE TABLE offer_decisions (
    id         TEXT PRIMARY KEY NOT NULL,
    offer_id   TEXT NOT NULL REFERENCES offers (id),
    version    INTEGER NOT NULL,
    person_id  TEXT NOT NULL REFERENCES people (id),
    decision   TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')),
    comment    TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    hlc        TEXT NOT NULL
);
CREATE INDEX offer_decisions_by_offer ON offer_decisions (offer_id, version);

-- Append-only: the offer's status history.
CREATE TABLE offer_events (
    id          TEXT PRIMARY KEY NOT NULL,
    offer_id    TEXT NOT NULL REFERENCES offers (id),
    from_status TEXT,
    to_status   TEXT NOT NULL,
    note        TEXT,
    actor       TEXT NOT NULL,
    actor_id    TEXT,
    occurred_at INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    hlc         TEXT NOT NULL
);
CREATE INDEX offer_events_by_offer ON offer_events (offer_id, occurred_at);

CREATE TRIGGER offer_versions_append_only_update BEFORE UPDATE ON offer_versions
BEGIN SELECT RAISE(ABORT, 'offer_versions is append-only'); END;
CREATE TRIGGER offer_decisions_append_only_update BEFORE UPDATE ON offer_decisions
BEGIN SELECT RAISE(ABORT, 'offer_decisions is append-only'); END;
CREATE TRIGGER offer_events_append_only_update BEFORE UPDATE ON offer_events
BEGIN SELECT RAISE(ABORT, 'offer_events is append-only'); END;

-- Outreach message templates; the built-in default is not stored.
CREATE TABLE outreach_templates (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    body       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    hlc        TEXT NOT NULL,
    field_hlc  TEXT NOT NULL DEFAULT '{}',
    deleted_at INTEGER
);

-- One outreach message sent to a candidate (for a role, optionally), with its follow-up and the
-- response once there is one.
CREATE TABLE outreach (
    id           TEXT PRIMARY KEY NOT NULL,
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    role_id      TEXT REFERENCES roles (id),
    channel      TEXT NOT NULL CHECK (channel IN ('email', 'linkedin', 'other')),
    subject      TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL,
    sent_on      TEXT NOT NULL,
    follow_up_on TEXT,
    response     TEXT CHECK (response IN ('replied', 'interested', 'not_now', 'no')),
    responded_on TEXT,
    actor        TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    hlc          TEXT NOT NULL,
    field_hlc    TEXT NOT NULL DEFAULT '{}',
    deleted_at   INTEGER
);
CREATE INDEX outreach_by_candidate ON outreach (candidate_id, sent_on) WHERE deleted_at IS NULL;
CREATE INDEX outreach_follow_ups ON outreach (follow_up_on) WHERE deleted_at IS NULL AND response IS NULL;

CREATE TRIGGER offer_versions_append_only_delete BEFORE DELETE ON offer_versions
BEGIN SELECT RAISE(ABORT, 'offer_versions is append-only'); END;
CREATE TRIGGER offer_decisions_append_only_delete BEFORE DELETE ON offer_decisions
BEGIN SELECT RAISE(ABORT, 'offer_decisions is append-only'); END;
CREATE TRIGGER offer_events_append_only_delete BEFORE DELETE ON offer_events
BEGIN SELECT RAISE(ABORT, 'offer_events is append-only'); END;
