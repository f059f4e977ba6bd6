-- The daily digest to the regent through the Sekda (SPIKM Pasal 3(2)), one per tenant and day. The row is the
-- claim: it is inserted in the transaction that sends the mail, so with several server instances only one sends
-- (the other's insert waits on the key, then finds the row); a failed send rolls the claim back.
CREATE TABLE digest_delivery (
    tenant_id        varchar(50) NOT NULL REFERENCES tenant (tenant_id),
    digest_date      date        NOT NULL,
    sent_at          timestamptz NOT NULL,
    recipients_count integer     NOT NULL,
    PRIMARY KEY (tenant_id, digest_date)
);

ALTER TABLE digest_delivery ENABLE ROW LEVEL SECURITY;
ALTER TABLE digest_delivery FORCE ROW LEVEL SECURITY;
CREATE POLICY digest_delivery_tenant_isolation ON digest_delivery
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

-- A resend updates the row.
GRANT SELECT, INSERT, UPDATE ON digest_delivery TO ${appRole};

-- Reports by the day of dispatch and of answer: an agency's journal (SPIKM Pasal 7h) and the digest's day.
CREATE INDEX complaint_dispatch_unit_sent_idx ON complaint_dispatch (tenant_id, org_unit_code, sent_at);
CREATE INDEX complaint_dispatch_sent_idx ON complaint_dispatch (tenant_id, sent_at);
CREATE INDEX complaint_dispatch_answered_idx ON complaint_dispatch (tenant_id, answered_at)
    WHERE answered_at IS NOT NULL;
