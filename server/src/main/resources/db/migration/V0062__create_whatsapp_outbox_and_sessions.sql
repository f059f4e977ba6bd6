-- Outgoing WhatsApp messages, with the SMS outbox's design (V0008): written in the caller's transaction, sent after
-- commit by a background sender with retries, the recipient a reference into the person vault (the number is read
-- through the vault, audited, when the message is sent). A caller may name the message (dedupe_key): a second
-- message with the same name is not stored.
CREATE TABLE whatsapp_outbox (
    tenant_id            varchar(50)   NOT NULL REFERENCES tenant (tenant_id),
    id                   uuid          NOT NULL,
    recipient_id         uuid          NOT NULL,
    text                 varchar(4096) NOT NULL,
    purpose              varchar(200)  NOT NULL,
    subject_type         varchar(40)   NOT NULL,
    subject_id           varchar(100)  NOT NULL,
    dedupe_key           varchar(200),
    -- The access code of a receipt: the text holds a placeholder, the code waits here and is cleared once the message
    -- has left or is given up (as in sms_outbox and mail_outbox, V0054).
    secret               varchar(64),
    created_at           timestamptz   NOT NULL DEFAULT now(),
    attempts             integer       NOT NULL DEFAULT 0,
    next_attempt_at      timestamptz   NOT NULL DEFAULT now(),
    sent_at              timestamptz,
    -- TEXT inside the citizen's 24-hour window, TEMPLATE outside it.
    sent_as              varchar(8)    CHECK (sent_as IN ('TEXT', 'TEMPLATE')),
    provider_message_id  varchar(200),
    given_up_at          timestamptz,
    last_error           varchar(500),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, dedupe_key),
    FOREIGN KEY (tenant_id, recipient_id) REFERENCES person (tenant_id, id)
);
-- The sender's query: what is still due.
CREATE INDEX whatsapp_outbox_due_idx ON whatsapp_outbox (tenant_id, next_attempt_at)
    WHERE sent_at IS NULL AND given_up_at IS NULL;

ALTER TABLE whatsapp_outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE whatsapp_outbox FORCE ROW LEVEL SECURITY;
CREATE POLICY whatsapp_outbox_tenant_isolation ON whatsapp_outbox
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT, UPDATE ON whatsapp_outbox TO ${appRole};

-- When each person last wrote to the regency's number: free-form text may go to them only within 24 hours of it
-- (WhatsApp's customer service window); after that only an approved template. Every vault entry with the sender's
-- number is stamped, so that a reply to any of that citizen's cases finds the window.
CREATE TABLE whatsapp_session (
    tenant_id        varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    person_id        uuid         NOT NULL,
    last_inbound_at  timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, person_id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id)
);

ALTER TABLE whatsapp_session ENABLE ROW LEVEL SECURITY;
ALTER TABLE whatsapp_session FORCE ROW LEVEL SECURITY;
CREATE POLICY whatsapp_session_tenant_isolation ON whatsapp_session
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT, UPDATE ON whatsapp_session TO ${appRole};
