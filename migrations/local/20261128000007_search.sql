-- Full-text search over each live candidate: name, emails, skills, resume text, notes with
-- headline; and the filterable location, tags and source, so that filters narrow the match
-- inside the index instead of row by row. One row per candidate, rowid = the candidate's
-- rowid; the candidate repository rewrites a candidate's row in the same transaction as any
-- change to those fields.
CREATE VIRTUAL TABLE candidate_fts USING fts5(
    name, emails, skills, resume, notes, location, tags, source,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '+#'"
);

INSERT INTO candidate_fts (rowid, name, emails, skills, resume, notes, location, tags, source)
SELECT c.rowid, c.full_name, c.emails,
       coalesce((SELECT group_concat(json_extract(s.value, '$.name'), ', ')
                 FROM candidate_profiles p, json_each(p.skills) s WHERE p.candidate_id = c.id), ''),
       coalesce((SELECT group_concat(r.text, char(10)) FROM resumes r WHERE r.candidate_id = c.id AND r.deleted_at IS NULL), ''),
       c.notes || ' ' || coalesce((SELECT headline FROM candidate_profiles p WHERE p.candidate_id = c.id), ''),
       c.location, c.tags, c.source
FROM candidates c WHERE c.deleted_at IS NULL;

-- Searches a recruiter wants to run again: the query and its filters.
CREATE TABLE saved_searches (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    query      TEXT NOT NULL,
    filters    TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    hlc        TEXT NOT NULL,
    field_hlc  TEXT NOT NULL DEFAULT '{}',
    deleted_at INTEGER
);
