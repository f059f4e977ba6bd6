-- When a case's overdue verification, or an agency's overdue part, was escalated to the operations coordinator
-- (SPIKM Pasal 7k-m), and when an agency was reminded of a part falling due; each happens once per round.
ALTER TABLE complaint ADD COLUMN escalated_at timestamptz;
ALTER TABLE complaint_dispatch ADD COLUMN reminded_at timestamptz;
ALTER TABLE complaint_dispatch ADD COLUMN escalated_at timestamptz;
-- The clock job's look-ups: active parts by due date.
CREATE INDEX complaint_dispatch_due_idx ON complaint_dispatch (tenant_id, due_on)
    WHERE status IN ('SENT', 'RECEIVED', 'IN_PROGRESS');
