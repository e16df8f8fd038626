-- pgbench: the writes the service makes for one signed PSI review with 3 comments that verifies a submitted
-- attempt, statement for statement (see JooqReviewRepository and friends), so that its tps is the database's
-- own limit for this work. Variables: lo, hi (the attempt range reserved for pgbench).
\set n random(:lo, :hi)
BEGIN;
SELECT attempt_code, exam_id, user_id, status FROM attempt WHERE lower(external_id) = lower('ext-' || :n) ORDER BY id DESC LIMIT 1 FOR UPDATE \gset
SELECT 1 FROM seen_webhook WHERE vendor = 'psi' AND webhook_id = 'pgb-' || :client_id || '-' || :n AND seen_at >= now() - interval '24 hours';
SELECT id, course_id, content_id, is_proctored FROM exam WHERE id = :exam_id \gset exam_
SELECT r.attempt_code FROM review r JOIN review_version v ON v.id = r.review_version_id WHERE r.attempt_code = ':attempt_code';
SELECT coalesce(max(version), 0) + 1 AS version FROM review_version WHERE attempt_code = ':attempt_code' \gset
INSERT INTO review_version (attempt_code, version, review_status, vendor, reviewer_user_id, raw_data, payload_sha256, encrypted_video_url, received_at)
  VALUES (':attempt_code', :version, 'Clean', 'psi', NULL, '{"status": "passed", "comments": [{"comment": "Switched to another browser tab", "status": "suspicious", "start": 9, "stop": 64, "duration": 55}, {"comment": "Opened a local file browser", "status": "Rules Violation", "start": 22, "stop": 64, "duration": 42}, {"comment": "Candidate closed the exam window early", "status": "Clean", "start": 60, "stop": 64, "duration": 4}], "reviewed_by": null, "vendor_session_id": "psi-7f3e2c"}', md5(random()::text) || md5(random()::text), NULL, now())
  RETURNING id AS version_id \gset
INSERT INTO review_comment (review_version_id, position, start_seconds, stop_seconds, duration_seconds, comment, status) VALUES
  (:version_id, 0, 9, 64, 55, 'Switched to another browser tab', 'suspicious'),
  (:version_id, 1, 22, 64, 42, 'Opened a local file browser', 'Rules Violation'),
  (:version_id, 2, 60, 64, 4, 'Candidate closed the exam window early', 'Clean');
INSERT INTO review (attempt_code, review_version_id, is_attempt_active, created_at, updated_at)
  VALUES (':attempt_code', :version_id, true, now(), now())
  ON CONFLICT (attempt_code) DO UPDATE SET review_version_id = excluded.review_version_id, updated_at = excluded.updated_at;
INSERT INTO review_event (id, type, occurred_at, data) VALUES (gen_random_uuid(), 'review_received', now(), '{"exam": {"id": 1}, "attempt": {"id": 1, "status": "submitted"}, "review_status": "Clean", "review_attempt_code": "x"}');
UPDATE attempt SET status = 'verified', updated_at = now() WHERE attempt_code = ':attempt_code';
INSERT INTO review_event (id, type, occurred_at, data) VALUES (gen_random_uuid(), 'attempt_status_changed', now(), '{"attempt_id": 1, "from": "submitted", "to": "verified"}');
INSERT INTO credit_requirement_status (user_id, course_id, namespace, name, status, updated_at)
  VALUES (:user_id, ':exam_course_id', 'proctored_exam', ':exam_content_id', 'satisfied', now())
  ON CONFLICT (user_id, course_id, namespace, name) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at;
INSERT INTO seen_webhook (vendor, webhook_id, attempt_code, seen_at) VALUES ('psi', 'pgb-' || :client_id || '-' || :n || '-' || md5(random()::text), ':attempt_code', now())
  ON CONFLICT (vendor, webhook_id) DO UPDATE SET seen_at = excluded.seen_at;
COMMIT;
