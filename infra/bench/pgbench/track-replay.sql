-- The statements of one public tracking read (GET /api/t/{tenant}/complaints/{number}?code=), replayed
-- (issue 19 item 1): in the tracking transaction with the tenant set, the case by its tracking number, its public
-- steps, its attachments and its publication. The rate-limit check makes no round trip since issue 19 item 3 (it is
-- decided in memory; SyncedBuckets). The
-- sample (tenant, number) comes from bench_sample, filled from the generator's samples file; reading it adds one
-- primary-key lookup to the first statement. Variables: :samples (rows of bench_sample).
\set n random(1, :samples)
BEGIN;
SET LOCAL balai.tenant_id = 'replay';
SELECT c.tenant_id AS tenant, c.id AS cid, c.tracking_number, c.access_code_hash, c.type, c.channel, c.title, c.description, c.category_code,
        c.location_text, c.anonymous, c.confidential, c.received_at, c.received_on, c.verify_due, c.status, c.final_answer, c.responded_at,
        c.auto_close_due, c.closed_at, c.reopen_until, c.rating, c.merged_into, c.rejection, c.version, c.counting_starts_on
    FROM bench_sample s JOIN complaint c ON c.tenant_id = s.tenant AND c.tracking_number = s.number WHERE s.n = :n \gset
SELECT seq, at, step, action, org_unit_code, note FROM complaint_event
    WHERE tenant_id = :tenant AND complaint_id = :cid AND public_event ORDER BY seq;
SELECT position, file_name, media_type, size_bytes FROM complaint_attachment WHERE tenant_id = :tenant AND complaint_id = :cid;
SELECT status FROM complaint_publication WHERE tenant_id = :tenant AND complaint_id = :cid;
END;
