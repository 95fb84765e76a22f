-- Each role's interview plan and scorecard template (a JSON document, stamped as the field
-- "plan"); empty means the default plan.
ALTER TABLE roles ADD COLUMN plan TEXT NOT NULL DEFAULT '';
