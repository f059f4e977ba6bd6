-- An officer's work e-mail address, for reminders and escalations (SPIKM Pasal 7k-m, Pasal 8: a dispatched item
-- must be followed up). Optional: an officer without one sees the same in the workspace queues.
ALTER TABLE officer ADD COLUMN email varchar(254);
-- Who gets a reminder: the active officers of a role (and unit) with an address.
CREATE INDEX officer_notify_idx ON officer (tenant_id, org_unit_code) WHERE email IS NOT NULL AND active;

-- Outgoing e-mail, written in the transaction that decides to send it (the clock's reminder or escalation, a
-- notice to a requester) and sent after commit by the mail sender with retries, like the SMS outbox. The recipient
-- is either an officer's work address (`recipient`) or a citizen in the person vault (`recipient_person`, read
-- only when sending, audited): a citizen's address is never stored here in clear.
CREATE TABLE mail_outbox (
    tenant_id        varchar(50)   NOT NULL REFERENCES tenant (tenant_id),
    id               uuid          NOT NULL,
    recipient        varchar(254),
    recipient_person uuid,
    subject          varchar(300)  NOT NULL,
    body             text          NOT NULL,
    purpose          varchar(200)  NOT NULL,
    subject_type     varchar(40)   NOT NULL,
    subject_id       varchar(100)  NOT NULL,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    attempts         integer       NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz   NOT NULL DEFAULT now(),
    sent_at          timestamptz,
    given_up_at      timestamptz,
    last_error       varchar(500),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, recipient_person) REFERENCES person (tenant_id, id),
    CHECK ((recipient IS NULL) <> (recipient_person IS NULL))
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (tenant_id, next_attempt_at) WHERE sent_at IS NULL AND given_up_at IS NULL;

ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE mail_outbox FORCE ROW LEVEL SECURITY;
CREATE POLICY mail_outbox_tenant_isolation ON mail_outbox
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT, UPDATE ON mail_outbox TO ${appRole};
