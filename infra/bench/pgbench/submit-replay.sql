-- The minimal writes of one complaint submission, replayed in one transaction (issue 19 item 1): the tenant bound
-- to the transaction, the idempotency record, the tracking number (the series' sequence, V0090), the reporter's
-- person row, the case, its first step, its act in the audit journal (V0091; the server links the journal into
-- the chain afterwards, as it does its own), then the stored answer. The journal rows go to a chain of their own
-- per regency (replay-NNN), so that the regencies' chains stay whole. A limit that describes the work a submission must do; the app's
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
INSERT INTO audit_journal (tenant_id, at, actor_id, actor_roles, action, subject_type, subject_id, detail, request_id)
    VALUES (('replay-' || lpad(:t::text, 3, '0')), now(), 'citizen', '', 'COMPLAINT_SUBMITTED', 'complaint', md5('c' || :client_id || '-' || :r), '{"channel":"WEB"}', 'replay');
UPDATE idempotency_key SET response_status = 201, response_body = '{"trackingNumber":"RP"}' WHERE tenant_id = ('kab-bench-' || lpad(:t::text, 3, '0')) AND key = 'replay-' || :client_id || '-' || :r;
END;
