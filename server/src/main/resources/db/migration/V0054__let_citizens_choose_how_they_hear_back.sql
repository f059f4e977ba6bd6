-- Issue 16 item 1: every reporter and requester who left a contact and chose to be told hears back at each step,
-- on the channel they chose. Who wants to hear about which case, and how, is a subscription of the notifications
-- context: the case itself does not change, and the person is a reference into the vault, never an address.

CREATE TABLE notification_subscription (
    tenant_id        varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    subject_type     varchar(40)  NOT NULL CHECK (subject_type IN ('complaint', 'information_request')),
    subject_id       uuid         NOT NULL,
    channel          varchar(10)  NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'WHATSAPP')),
    person_id        uuid         NOT NULL,
    language         varchar(2)   NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
    -- The tracking or registration number, so that the unsubscribe page can say which case it stops.
    reference        varchar(40)  NOT NULL,
    -- The capability in the e-mail's unsubscribe link: random, and good for this subscription only.
    token            varchar(64)  NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    unsubscribed_at  timestamptz,
    PRIMARY KEY (tenant_id, subject_type, subject_id, channel),
    UNIQUE (tenant_id, token),
    FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id)
);

ALTER TABLE notification_subscription ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification_subscription FORCE ROW LEVEL SECURITY;
CREATE POLICY notification_subscription_tenant_isolation ON notification_subscription
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON notification_subscription TO ${appRole};

-- What existed before: a reporter who wrote by SMS was answered by SMS (SPIKM Pasal 5c), and a requester was told
-- by SMS and/or e-mail as they left contact. They keep hearing back; nobody else is subscribed without choosing.
INSERT INTO notification_subscription (tenant_id, subject_type, subject_id, channel, person_id, reference, token)
SELECT tenant_id, 'complaint', id, 'SMS', reporter_id, tracking_number,
       replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')
FROM complaint WHERE channel = 'SMS' AND reporter_id IS NOT NULL;
INSERT INTO notification_subscription (tenant_id, subject_type, subject_id, channel, person_id, reference, token)
SELECT tenant_id, 'information_request', id, 'SMS', requester_id, registration_number,
       replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')
FROM information_request WHERE (details #>> '{content,smsContact}')::boolean IS TRUE;
INSERT INTO notification_subscription (tenant_id, subject_type, subject_id, channel, person_id, reference, token)
SELECT tenant_id, 'information_request', id, 'EMAIL', requester_id, registration_number,
       replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')
FROM information_request WHERE (details #>> '{content,emailContact}')::boolean IS TRUE;

-- Each message a step decides to send has a key (the case, the event); a second decision with the same key, after
-- a retried transaction or a replayed job, stores nothing. A message is therefore queued once and sent once.
ALTER TABLE sms_outbox ADD COLUMN dedupe_key varchar(200);
CREATE UNIQUE INDEX sms_outbox_dedupe_idx ON sms_outbox (tenant_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN dedupe_key varchar(200);
CREATE UNIQUE INDEX mail_outbox_dedupe_idx ON mail_outbox (tenant_id, dedupe_key) WHERE dedupe_key IS NOT NULL;

-- The reporter's access code, which the receipt message carries, is kept out of the stored text: the text holds a
-- placeholder, the code waits here, and the sender clears it once the message has left (or is given up).
ALTER TABLE sms_outbox ADD COLUMN secret varchar(64);
ALTER TABLE mail_outbox ADD COLUMN secret varchar(64);
-- The one-click unsubscribe address of a citizen's e-mail (RFC 8058 List-Unsubscribe).
ALTER TABLE mail_outbox ADD COLUMN unsubscribe_url varchar(500);
