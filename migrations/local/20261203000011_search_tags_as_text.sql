-- Tags were indexed as their JSON array (`["Java", "Go"]`), so a snippet from the tags column
-- showed raw JSON. Index them as plain text ("Java, Go"), like skills, and rebuild every row.
DELETE FROM candidate_fts;

INSERT INTO candidate_fts (rowid, name, emails, skills, resume, notes, location, tags, source)
SELECT c.rowid, c.full_name, c.emails,
       coalesce((SELECT group_concat(json_extract(s.value, '$.name'), ', ')
                 FROM candidate_profiles p, json_each(p.skills) s WHERE p.candidate_id = c.id), ''),
       coalesce((SELECT group_concat(r.text, char(10)) FROM resumes r WHERE r.candidate_id = c.id AND r.deleted_at IS NULL), ''),
       c.notes || ' ' || coalesce((SELECT headline FROM candidate_profiles p WHERE p.candidate_id = c.id), ''),
       c.location,
       coalesce((SELECT group_concat(t.value, ', ') FROM json_each(c.tags) t), ''),
       c.source
FROM candidates c WHERE c.deleted_at IS NULL;
