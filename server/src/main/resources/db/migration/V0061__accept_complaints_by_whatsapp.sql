-- The WhatsApp channel (issue: item 4): text and photo messages to a regency's WhatsApp Business number become
-- reports and status queries, as SMS do (SPIKM Pasal 5a, 8). A case received that way says so.
ALTER TABLE complaint DROP CONSTRAINT complaint_channel_check;
ALTER TABLE complaint ADD CONSTRAINT complaint_channel_check
    CHECK (channel IN ('WEB', 'SMS', 'WALK_IN', 'EMAIL', 'WHATSAPP'));

-- The messages the webhook has handled, by WhatsApp's own id (wamid): Meta delivers a message again until it gets a
-- 200, and a redelivered message must be handled once. Nothing of the message is kept here: its text is on the case
-- it became, the sender's number only in the person vault.
CREATE TABLE whatsapp_inbound (
    tenant_id    varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    wamid        varchar(200) NOT NULL,
    received_at  timestamptz  NOT NULL,
    kind         varchar(12)  NOT NULL CHECK (kind IN ('REPORT', 'STATUS', 'HELP', 'UNSUPPORTED', 'REFUSED')),
    PRIMARY KEY (tenant_id, wamid)
);

ALTER TABLE whatsapp_inbound ENABLE ROW LEVEL SECURITY;
ALTER TABLE whatsapp_inbound FORCE ROW LEVEL SECURITY;
CREATE POLICY whatsapp_inbound_tenant_isolation ON whatsapp_inbound
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT ON whatsapp_inbound TO ${appRole};
