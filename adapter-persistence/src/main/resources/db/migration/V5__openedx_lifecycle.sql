-- Open edX event bus (contract 1.1 sections 8 and 9): what the learning platform's lifecycle events say about
-- a learner, and who archived (reset) an attempt.

-- The learner's full name (none when the LMS sent none) and whether their LMS account is active.
ALTER TABLE app_user ADD COLUMN name varchar(255);
ALTER TABLE app_user ADD COLUMN is_active boolean NOT NULL DEFAULT true;

-- The user who asked for the archive (the requesting user of the reset event); null when none was named.
ALTER TABLE attempt ADD COLUMN archived_by_user_id bigint;
ALTER TABLE attempt ADD CONSTRAINT fk_attempt_archived_by FOREIGN KEY (archived_by_user_id) REFERENCES app_user (id);
