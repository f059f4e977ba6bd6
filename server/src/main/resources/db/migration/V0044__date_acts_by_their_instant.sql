-- One model for the date of an act (issue 14): every act keeps its instant; its date is that instant on the
-- regency's calendar (its time zone); a clock's counting start (the working day that counts as the day of receipt:
-- the next working day after a receipt on a day off or after office hours) is a separate, derived value.
-- Until now `received_on` (complaints, requests) and `filed_on` (objections) held the counting start, so a request
-- received on a Saturday night was "received" on Monday while the notice given at once was dated Saturday: negative
-- working days in the LLID and weekend receipts missing from a period that ends today.
--
-- Nothing is re-dated: the instants were already stored (`received_at`, the events' `at`); the dates below are
-- derived from them. The counting start keeps the value the clocks were computed from, so no due date moves.

-- The regencies' zones (tenant.time_zone holds WIB, WITA or WIT).
CREATE FUNCTION pg_temp.balai_zone(tz varchar) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE tz WHEN 'WIB' THEN 'Asia/Jakarta' WHEN 'WITA' THEN 'Asia/Makassar' ELSE 'Asia/Jayapura' END
$$;

-- Acts without their event (none are known) are placed at noon of their stored date, never before what they answer.

-- Row-level security is forced on these tables, also for their owner: lifted while every tenant's rows are moved,
-- forced again before the end (as in V0043).
ALTER TABLE complaint NO FORCE ROW LEVEL SECURITY;
ALTER TABLE information_request NO FORCE ROW LEVEL SECURITY;
ALTER TABLE information_objection NO FORCE ROW LEVEL SECURITY;
ALTER TABLE information_event NO FORCE ROW LEVEL SECURITY;
ALTER TABLE compliance_day NO FORCE ROW LEVEL SECURITY;
ALTER TABLE compliance_month NO FORCE ROW LEVEL SECURITY;
ALTER TABLE compliance_snapshot NO FORCE ROW LEVEL SECURITY;

-- Complaints: received_on becomes the date of receipt; the verification clock's start moves to its own column.
ALTER TABLE complaint ADD COLUMN counting_starts_on date;
UPDATE complaint c
SET counting_starts_on = c.received_on,
    received_on = CAST(c.received_at AT TIME ZONE pg_temp.balai_zone(t.time_zone) AS date)
FROM tenant t WHERE t.tenant_id = c.tenant_id;
ALTER TABLE complaint ALTER COLUMN counting_starts_on SET NOT NULL;
ALTER TABLE complaint ADD CONSTRAINT complaint_count_starts_on_or_after_receipt
    CHECK (counting_starts_on >= received_on);

-- Information requests: the same for receipt; the notice and the extension get their instants (from their events,
-- which were always stored) next to their dates.
ALTER TABLE information_request ADD COLUMN counting_starts_on date;
ALTER TABLE information_request ADD COLUMN notice_issued_at timestamptz;
ALTER TABLE information_request ADD COLUMN extended_at timestamptz;
UPDATE information_request r
SET counting_starts_on = r.received_on,
    received_on = CAST(r.received_at AT TIME ZONE pg_temp.balai_zone(t.time_zone) AS date),
    notice_issued_at = CASE WHEN r.notice_issued_on IS NOT NULL THEN coalesce(
        (SELECT min(e.at) FROM information_event e
         WHERE e.tenant_id = r.tenant_id AND e.subject_id = r.id AND e.action = 'NOTICE_ISSUED'),
        greatest(r.received_at, (r.notice_issued_on + time '12:00') AT TIME ZONE pg_temp.balai_zone(t.time_zone))) END,
    extended_at = CASE WHEN r.extended_on IS NOT NULL THEN coalesce(
        (SELECT min(e.at) FROM information_event e
         WHERE e.tenant_id = r.tenant_id AND e.subject_id = r.id AND e.action = 'EXTENDED'),
        greatest(r.received_at, (r.extended_on + time '12:00') AT TIME ZONE pg_temp.balai_zone(t.time_zone))) END
FROM tenant t WHERE t.tenant_id = r.tenant_id;
-- An act's date is its instant's date (code before 2026-12-03 dated a notice given after office hours on the next
-- working day).
UPDATE information_request r
SET notice_issued_on = CAST(r.notice_issued_at AT TIME ZONE pg_temp.balai_zone(t.time_zone) AS date),
    extended_on = CAST(r.extended_at AT TIME ZONE pg_temp.balai_zone(t.time_zone) AS date)
FROM tenant t WHERE t.tenant_id = r.tenant_id AND (r.notice_issued_at IS NOT NULL OR r.extended_at IS NOT NULL);
ALTER TABLE information_request ALTER COLUMN counting_starts_on SET NOT NULL;
ALTER TABLE information_request ADD CONSTRAINT information_request_count_starts_on_or_after_receipt
    CHECK (counting_starts_on >= received_on);
ALTER TABLE information_request ADD CONSTRAINT information_request_notice_dated_with_its_instant
    CHECK ((notice_issued_on IS NULL) = (notice_issued_at IS NULL) AND notice_issued_at >= received_at);
ALTER TABLE information_request ADD CONSTRAINT information_request_extension_dated_with_its_instant
    CHECK ((extended_on IS NULL) = (extended_at IS NULL) AND extended_at >= received_at);

-- Objections: filed_on becomes the date of filing, the answer clock's start its own column; filing and answer get
-- their instants from their events.
ALTER TABLE information_objection ADD COLUMN filed_at timestamptz;
ALTER TABLE information_objection ADD COLUMN counting_starts_on date;
ALTER TABLE information_objection ADD COLUMN answered_at timestamptz;
UPDATE information_objection o
SET filed_at = coalesce(
        (SELECT min(e.at) FROM information_event e
         WHERE e.tenant_id = o.tenant_id AND e.subject_id = o.id AND e.action = 'OBJECTION_FILED'),
        (o.filed_on + time '12:00') AT TIME ZONE pg_temp.balai_zone(t.time_zone)),
    counting_starts_on = o.filed_on,
    answered_at = CASE WHEN o.answered_on IS NOT NULL THEN coalesce(
        (SELECT min(e.at) FROM information_event e
         WHERE e.tenant_id = o.tenant_id AND e.subject_id = o.id
           AND e.action IN ('OBJECTION_ANSWERED', 'OBJECTION_SETTLED')),
        (o.answered_on + time '13:00') AT TIME ZONE pg_temp.balai_zone(t.time_zone)) END
FROM tenant t WHERE t.tenant_id = o.tenant_id;
UPDATE information_objection o
SET filed_on = CAST(o.filed_at AT TIME ZONE pg_temp.balai_zone(t.time_zone) AS date),
    answered_on = CAST(o.answered_at AT TIME ZONE pg_temp.balai_zone(t.time_zone) AS date)
FROM tenant t WHERE t.tenant_id = o.tenant_id;
ALTER TABLE information_objection ALTER COLUMN filed_at SET NOT NULL;
ALTER TABLE information_objection ALTER COLUMN counting_starts_on SET NOT NULL;
ALTER TABLE information_objection ADD CONSTRAINT information_objection_count_starts_on_or_after_filing
    CHECK (counting_starts_on >= filed_on);
ALTER TABLE information_objection ADD CONSTRAINT information_objection_answer_dated_with_its_instant
    CHECK ((answered_on IS NULL) = (answered_at IS NULL) AND answered_at >= filed_at);

-- The compliance aggregates were counted by counting start: dropped, so that each tenant's next run (no watermark:
-- a first run) rebuilds every day from the acts' dates.
DELETE FROM compliance_day;
DELETE FROM compliance_month;
DELETE FROM compliance_snapshot;

ALTER TABLE complaint FORCE ROW LEVEL SECURITY;
ALTER TABLE information_request FORCE ROW LEVEL SECURITY;
ALTER TABLE information_objection FORCE ROW LEVEL SECURITY;
ALTER TABLE information_event FORCE ROW LEVEL SECURITY;
ALTER TABLE compliance_day FORCE ROW LEVEL SECURITY;
ALTER TABLE compliance_month FORCE ROW LEVEL SECURITY;
ALTER TABLE compliance_snapshot FORCE ROW LEVEL SECURITY;
