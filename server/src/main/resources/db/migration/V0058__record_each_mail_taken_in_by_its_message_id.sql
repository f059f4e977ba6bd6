-- E-mail intake (issue item 3): the regency's complaint and PPID mailboxes are read over IMAP. Every message read
-- is recorded here, keyed by the regency, the mailbox and the message's identity, in the same transaction as the
-- complaint or request it became: a second instance (or a second read after a lost \Seen flag) that reaches the
-- same message waits on this key and then finds it taken, so a message is processed exactly once.
--
-- The key is a SHA-256 digest of the Message-ID (or, for a message without one, of sender, date and subject): no
-- sender address is kept here; the citizen's address lives only in the personal-data vault.
CREATE TABLE mail_intake_message (
    tenant_id     varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    mailbox       varchar(20)  NOT NULL CHECK (mailbox IN ('COMPLAINTS', 'PPID')),
    message_key   char(64)     NOT NULL,
    -- null only inside the transaction that claimed the message (the claim comes first, so that a second reader
    -- waits for it); set before that transaction commits
    outcome       varchar(20)  CHECK (outcome IN ('COMPLAINT', 'REQUEST', 'IGNORED', 'NO_CONTENT')),
    -- why it was ignored (AUTO_REPLY, BOUNCE, MAILING_LIST, LOOP, ...), or the files refused from a kept one
    reason        varchar(300),
    subject_type  varchar(40),
    subject_id    varchar(100),
    processed_at  timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, mailbox, message_key),
    CHECK ((outcome IN ('COMPLAINT', 'REQUEST')) = (subject_id IS NOT NULL))
);

ALTER TABLE mail_intake_message ENABLE ROW LEVEL SECURITY;
ALTER TABLE mail_intake_message FORCE ROW LEVEL SECURITY;
CREATE POLICY mail_intake_message_tenant_isolation ON mail_intake_message
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

-- Claimed, then given its outcome in the same transaction; never deleted: the record of what became of it.
GRANT SELECT, INSERT, UPDATE ON mail_intake_message TO ${appRole};
