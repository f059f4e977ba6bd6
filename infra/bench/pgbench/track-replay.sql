-- The statement of one public tracking read (GET /api/t/{tenant}/complaints/{number}?code=), replayed (issue 19
-- item 1): since issue 19 item 3 the server reads the tracking page with one statement in autocommit, outside any
-- transaction it would have to begin and end (complaint_tracking_view, V0089: the tenant bound inside it, the case by
-- tracking number and access-code hash, its agencies' parts, files, public steps, merged-into case and
-- publication as one JSON document). The rate-limit check makes no round trip either (decided in memory;
-- SyncedBuckets). The sample (tenant, number, code hash) comes from bench_sample, filled from the generator's
-- samples file; reading it adds one primary-key lookup. Variables: :samples (rows of bench_sample).
\set n random(1, :samples)
SELECT complaint_tracking_view(s.tenant, s.number, s.code_hash) FROM bench_sample s WHERE s.n = :n;
