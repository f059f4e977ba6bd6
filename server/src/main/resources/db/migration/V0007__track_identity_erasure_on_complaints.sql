-- When the reporter's identity of an ended case was erased under the tenant's retention period
-- (parameters.retention.identityErasureMonthsAfterClose; UU 27/2022). The vault keeps the reference, empty.
ALTER TABLE complaint ADD COLUMN identity_erased_at timestamptz;
CREATE INDEX complaint_retention_idx ON complaint (tenant_id, status, closed_at)
    WHERE reporter_id IS NOT NULL AND identity_erased_at IS NULL;
