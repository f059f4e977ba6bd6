-- The minimal writes of one complaint submission, replayed in one transaction (issue 19 item 1): the tenant bound
-- to the transaction, the idempotency record, the tracking number (the series' sequence, V0090), the reporter's person row, the case, its first step, its audit entry and the
-- audit chain's head, then the stored answer. The audit entry goes to a chain of its own per regency
-- (replay-NNN), the same contention as the regency's chain, so that the server's own entries (the clocks write
-- some meanwhile) keep their chains whole. A limit that describes the work a submission must do; the app's
-- submissions per second divided by this script's transactions per second is the "app/replay" ratio of
-- docs/benchmarks.md. Variables: :tenants (how many kab-bench-NNN regencies).
\set t random(1, :tenants)
\set r random(1, 1000000000000)
BEGIN;
SELECT set_config('balai.tenant_id', 'kab-bench-' || lpad(:t::text, 3, '0'), true);
INSERT INTO idempotency_key (tenant_id, key, request_sha256) VALUES (('kab-bench-' || lpad(:t::text, 3, '0')), 'replay-' || :client_id || '-' || :r, repeat('a', 64));
SELECT tracking_number_next('REPLAY', 2026) AS seq \gset
INSERT INTO person (tenant_id, id, name_enc, phone_enc, phone_digest)
    VALUES (('kab-bench-' || lpad(:t::text, 3, '0')), md5('p' || :client_id || '-' || :r)::uuid, decode(repeat('ab', 60), 'hex'), decode(repeat('cd', 44), 'hex'), decode(md5('phone' || :r), 'hex'));
INSERT INTO complaint (tenant_id, id, tracking_number, access_code_hash, type, channel, title, description, category_code,
        location_text, anonymous, confidential, reporter_id, received_at, received_on, verify_due, status, counting_starts_on,
        public_declined)
    VALUES (('kab-bench-' || lpad(:t::text, 3, '0')), md5('c' || :client_id || '-' || :r)::uuid, 'RP-2026-' || :client_id || '-' || :seq, decode(md5('code' || :r), 'hex'),
        'COMPLAINT', 'WEB', 'Jalan berlubang di Desa Tanjung Raja', 'Jalan di depan sekolah berlubang besar sejak musim hujan, mohon segera diperbaiki sebelum ada korban.',
        NULL, 'Desa Tanjung Raja', false, false, md5('p' || :client_id || '-' || :r)::uuid, now(), current_date, current_date + 3, 'RECEIVED',
        current_date, false);
INSERT INTO complaint_event (tenant_id, complaint_id, seq, at, step, action, actor, public_event)
    VALUES (('kab-bench-' || lpad(:t::text, 3, '0')), md5('c' || :client_id || '-' || :r)::uuid, 1, now(), 'RECEIVED', 'SUBMITTED', 'citizen', true);
UPDATE audit_head SET seq = seq + 1, hash = md5(hash || :r) || md5(:r::text) WHERE tenant_id = ('replay-' || lpad(:t::text, 3, '0')) RETURNING seq AS aseq, hash AS ahash \gset
INSERT INTO audit_entry (tenant_id, seq, at, actor_id, actor_roles, action, subject_type, subject_id, detail, request_id, prev_hash, hash)
    VALUES (('replay-' || lpad(:t::text, 3, '0')), :aseq, now(), 'citizen', '', 'COMPLAINT_SUBMITTED', 'complaint', md5('c' || :client_id || '-' || :r), '{"channel":"WEB"}', 'replay',
        :ahash, :ahash);
UPDATE idempotency_key SET response_status = 201, response_body = '{"trackingNumber":"RP"}' WHERE tenant_id = ('kab-bench-' || lpad(:t::text, 3, '0')) AND key = 'replay-' || :client_id || '-' || :r;
END;
