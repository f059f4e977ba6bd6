-- Outgoing SMS (SPIKM Pasal 5c: the answer goes back by the channel the report came by). Written in the transaction
-- that responds to the case, sent after commit by the outbox sender with retries, so that a gateway outage neither
-- rolls back nor blocks the officer's step. The recipient is a reference into the person vault, never a number in
-- clear: the sender reads the number through the vault (with a reason, audited) when it sends.
CREATE TABLE sms_outbox (
    tenant_id        varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    id               uuid         NOT NULL,
    from_number      varchar(20)  NOT NULL,
    recipient_id     uuid         NOT NULL,
    text             varchar(1000) NOT NULL,
    purpose          varchar(200) NOT NULL,
    subject_type     varchar(40)  NOT NULL,
    subject_id       varchar(100) NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL DEFAULT now(),
    sent_at          timestamptz,
    given_up_at      timestamptz,
    last_error       varchar(500),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, recipient_id) REFERENCES person (tenant_id, id)
);
-- The sender's query: what is still due.
CREATE INDEX sms_outbox_due_idx ON sms_outbox (tenant_id, next_attempt_at) WHERE sent_at IS NULL AND given_up_at IS NULL;

ALTER TABLE sms_outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE sms_outbox FORCE ROW LEVEL SECURITY;
CREATE POLICY sms_outbox_tenant_isolation ON sms_outbox
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT, UPDATE ON sms_outbox TO ${appRole};
