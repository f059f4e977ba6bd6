-- Perpres 95/2018 (SPBE): SP4N-LAPOR! is the shared complaint application, and a regency's own application
-- integrates with it. Reports LAPOR! dispatches to the regency arrive on their own channel; Balai's reports are
-- shared to LAPOR! and every public step of either kind is sent there, exactly once per step.

-- The channel column takes the longest name (SP4N_LAPOR); WHATSAPP is listed so that the WhatsApp channel's
-- migration and this one agree whichever runs first.
ALTER TABLE complaint DROP CONSTRAINT complaint_channel_check;
ALTER TABLE complaint ALTER COLUMN channel TYPE varchar(12);
ALTER TABLE complaint ADD CONSTRAINT complaint_channel_check
    CHECK (channel IN ('WEB', 'SMS', 'WALK_IN', 'EMAIL', 'WHATSAPP', 'SP4N_LAPOR'));

-- The link of a regency to LAPOR!: since when its reports are shared (reports received before are not), and where
-- the pull of dispatched reports stands.
CREATE TABLE lapor_state (
    tenant_id        varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    linked_since     timestamptz  NOT NULL,
    pull_cursor      varchar(200),
    last_pull_at     timestamptz,
    last_pull_error  varchar(500),
    PRIMARY KEY (tenant_id)
);

-- One row per case known to LAPOR!. It is the outbox: the case's public events after sent_seq are still to send,
-- in order, each under the idempotency key of its tracking number and seq, so that a send repeated after a crash
-- is recognised by LAPOR! and never counted twice. sent_seq moves in the transaction that records the send.
CREATE TABLE lapor_link (
    tenant_id        varchar(50)  NOT NULL,
    complaint_id     uuid         NOT NULL,
    origin           varchar(5)   NOT NULL CHECK (origin IN ('BALAI', 'LAPOR')),
    -- LAPOR!'s tracking id: given by LAPOR! for a report it dispatched, or when it accepted a shared report.
    lapor_id         varchar(64),
    -- For a dispatched report: LAPOR!'s agency, and the unit the tenant file maps it to (a dispatch suggestion).
    lapor_agency     varchar(200),
    suggested_unit   varchar(32),
    sent_seq         integer      NOT NULL DEFAULT 0 CHECK (sent_seq >= 0),
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL DEFAULT now(),
    last_error       varchar(500),
    given_up_at      timestamptz,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, complaint_id),
    -- A report LAPOR! dispatched makes one case, however often or by however many instances it is pulled.
    UNIQUE (tenant_id, lapor_id),
    FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaint (tenant_id, id)
);
CREATE INDEX lapor_link_due_idx ON lapor_link (tenant_id, next_attempt_at) WHERE given_up_at IS NULL;

ALTER TABLE lapor_state ENABLE ROW LEVEL SECURITY;
ALTER TABLE lapor_state FORCE ROW LEVEL SECURITY;
CREATE POLICY lapor_state_tenant_isolation ON lapor_state
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

ALTER TABLE lapor_link ENABLE ROW LEVEL SECURITY;
ALTER TABLE lapor_link FORCE ROW LEVEL SECURITY;
CREATE POLICY lapor_link_tenant_isolation ON lapor_link
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

-- Rows are never deleted: a link lives as long as its case.
GRANT SELECT, INSERT, UPDATE ON lapor_state, lapor_link TO ${appRole};
