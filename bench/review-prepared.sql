-- pgbench -M prepared: the service's own statements for the benchmark's mix of signed PSI reviews with 3 comments
-- (of every four: two plain "passed", one named by a staff reviewer, one "suspicious" that notifies support), as
-- rendered by its jOOQ statements and sent as the service sends them: the replay check (webhook lock and look-up)
-- in one round trip, the attempt lock with its exam and the current review's head in one round trip, the user read
-- a reviewer or a notification needs, the trailing writes in one pipeline, then COMMIT. Its tps is the strict
-- reference: what PostgreSQL commits for exactly the service's SQL with no HTTP, JSON or JVM in between.
-- pgbench cannot \gset inside a pipeline, so the values the service carries from its reads into its writes are
-- derived from the attempt number instead (the benchmark's attempt n has id n, user n and code CODE-n), and the
-- version number the service binds is the same max(version) + 1 sub-select its head read computes (pgbench draws
-- attempts at random, so a few are reviewed twice; those writes add no history row).
-- This file is the plain review; review-prepared-reviewer.sql and review-prepared-suspicious.sql are the other two
-- kinds, run together with weights 2:1:1 (pgbench -f file@weight). Variables: lo, hi (the attempt range reserved).
\set n random(:lo, :hi)
\set wid random(1, 2000000000)
BEGIN;
\startpipeline
select pg_advisory_xact_lock(2003133032, hashtext((('psi' || ' ') || ('pgp-' || :client_id || '-' || :n))));
select seen_webhook.attempt_code from seen_webhook where (seen_webhook.vendor = 'psi' and seen_webhook.webhook_id = ('pgp-' || :client_id || '-' || :n) and seen_webhook.seen_at >= cast(now() - interval '24 hours' as timestamp(6) with time zone));
\endpipeline
\startpipeline
select attempt.id, attempt.exam_id, attempt.user_id, attempt.attempt_code, attempt.external_id, attempt.taking_as_proctored, attempt.status, attempt.archived_at, attempt.created_at, attempt.updated_at, exam.course_id, exam.content_id, exam.exam_name, exam.time_limit_mins, exam.is_proctored, exam.is_practice_exam, exam.backend from attempt join exam on exam.id = attempt.exam_id where lower(attempt.external_id) = ('ext-' || :n) order by attempt.id desc fetch next 1 rows only for update of attempt;
select target.attempt_code, review_version.version, review_version.review_status, review_version.vendor, review_version.payload_sha256, (select (coalesce(max(earlier.version), 0) + 1) from review_version as earlier where earlier.attempt_code = target.attempt_code) as next_version from (select attempt.attempt_code from attempt where lower(attempt.external_id) = ('ext-' || :n) order by attempt.id desc fetch next 1 rows only) as target left outer join review on review.attempt_code = target.attempt_code left outer join review_version on review_version.id = review.review_version_id;
\endpipeline
\startpipeline
with version as (insert into review_version (attempt_code, version, review_status, vendor, reviewer_user_id, raw_data, payload_sha256, encrypted_video_url, received_at) values ('CODE-' || :n, (select (coalesce(max(earlier.version), 0) + 1) from review_version as earlier where earlier.attempt_code = 'CODE-' || :n), 'Clean', 'psi', NULL, cast('{"status": "passed", "comments": [{"comment": "Switched to another browser tab", "status": "suspicious", "start": 9, "stop": 64, "duration": 55}, {"comment": "Opened a local file browser", "status": "Rules Violation", "start": 22, "stop": 64, "duration": 42}, {"comment": "Candidate closed the exam window early", "status": "Clean", "start": 60, "stop": 64, "duration": 4}], "reviewed_by": null, "vendor_session_id": "psi-7f3e2c"}' as jsonb), md5(random()::text) || md5(random()::text), NULL, cast(now() as timestamp(6) with time zone)) returning review_version.id) insert into review_comment (review_version_id, position, start_seconds, stop_seconds, duration_seconds, comment, status) select version.id, (c.position - 1), c.start_seconds, c.stop_seconds, c.duration_seconds, c.comment, c.status from version, unnest(cast('{9,22,60}' as int[]), cast('{64,64,64}' as int[]), cast('{55,42,4}' as int[]), cast('{"Switched to another browser tab","Opened a local file browser","Candidate closed the exam window early"}' as text[]), cast('{suspicious,"Rules Violation",Clean}' as text[])) WITH ORDINALITY AS c (start_seconds, stop_seconds, duration_seconds, comment, status, position);
insert into review (attempt_code, review_version_id, is_attempt_active, created_at, updated_at) select review_version.attempt_code, review_version.id, true, cast(now() as timestamp(6) with time zone), cast(now() as timestamp(6) with time zone) from review_version where (review_version.attempt_code = 'CODE-' || :n and review_version.version = (select max(earlier.version) from review_version as earlier where earlier.attempt_code = 'CODE-' || :n)) on conflict (attempt_code) do update set review_version_id = excluded.review_version_id, is_attempt_active = excluded.is_attempt_active, updated_at = excluded.updated_at;
insert into review_event (id, type, occurred_at, data) values (cast(gen_random_uuid() as uuid), 'review_received', cast(now() as timestamp(6) with time zone), cast('{"exam": {"id": 1}, "attempt": {"id": 1, "status": "submitted"}, "review_status": "Clean", "review_attempt_code": "x"}' as jsonb));
update attempt set status = 'verified', archived_at = cast(NULL as timestamp(6) with time zone), updated_at = cast(now() as timestamp(6) with time zone) where attempt.id = :n;
insert into review_event (id, type, occurred_at, data) values (cast(gen_random_uuid() as uuid), 'attempt_status_changed', cast(now() as timestamp(6) with time zone), cast('{"attempt_id": 1, "from": "submitted", "to": "verified"}' as jsonb));
insert into credit_requirement_status (user_id, course_id, namespace, name, status, updated_at) values (:n, 'course-v1:' || 'Bench+1', 'proctored_exam', 'final', 'satisfied', cast(now() as timestamp(6) with time zone)) on conflict (user_id, course_id, namespace, name) do update set status = excluded.status, updated_at = excluded.updated_at;
insert into seen_webhook (vendor, webhook_id, attempt_code, seen_at) values ('psi', :wid, 'CODE-' || :n, cast(now() as timestamp(6) with time zone)) on conflict (vendor, webhook_id) do update set attempt_code = excluded.attempt_code, seen_at = excluded.seen_at;
\endpipeline
COMMIT;
