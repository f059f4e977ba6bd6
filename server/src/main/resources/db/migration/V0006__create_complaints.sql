-- SPIKM cases. The reporter's identity is not here: `reporter_id` points into the encrypted person vault.
-- anonymous (anonim): identity hidden from agencies and every public output; confidential (rahasia): the case
-- stays off public pages. Due dates are stored so that "overdue" is an indexed query.
CREATE TABLE complaint (
    tenant_id        varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    id               uuid         NOT NULL,
    tracking_number  varchar(24)  NOT NULL,
    access_code_hash bytea        NOT NULL,
    type             varchar(12)  NOT NULL CHECK (type IN ('STATEMENT', 'COMPLAINT', 'CRITICISM', 'QUESTION',
                                                          'SUGGESTION')),
    channel          varchar(8)   NOT NULL CHECK (channel IN ('WEB', 'SMS', 'WALK_IN', 'EMAIL')),
    title            varchar(200) NOT NULL,
    description      text         NOT NULL,
    category_code    varchar(32),
    location_text    varchar(300),
    latitude         double precision,
    longitude        double precision,
    anonymous        boolean      NOT NULL,
    confidential     boolean      NOT NULL,
    reporter_id      uuid,
    received_at      timestamptz  NOT NULL,
    received_on      date         NOT NULL,
    verify_due       date         NOT NULL,
    status           varchar(24)  NOT NULL,
    final_answer     text,
    responded_at     timestamptz,
    auto_close_due   date,
    closed_at        timestamptz,
    reopen_until     date,
    rating           smallint CHECK (rating BETWEEN 1 AND 5),
    merged_into      uuid,
    rejection        varchar(24),
    version          integer      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, tracking_number),
    FOREIGN KEY (tenant_id, category_code) REFERENCES complaint_category (tenant_id, code)
);
-- Queues and named queries (to verify, overdue, due to auto-close), newest first lists, reports by day.
CREATE INDEX complaint_status_idx ON complaint (tenant_id, status, verify_due);
CREATE INDEX complaint_received_idx ON complaint (tenant_id, received_on, id);
CREATE INDEX complaint_auto_close_idx ON complaint (tenant_id, auto_close_due) WHERE status = 'RESPONDED';
CREATE INDEX complaint_merged_idx ON complaint (tenant_id, merged_into) WHERE merged_into IS NOT NULL;

-- Each agency's part (SPIKM Pasal 8: a forwarded item is an official letter the agency must follow up).
CREATE TABLE complaint_dispatch (
    tenant_id     varchar(50) NOT NULL,
    complaint_id  uuid        NOT NULL,
    org_unit_code varchar(32) NOT NULL,
    status        varchar(12) NOT NULL,
    sent_at       timestamptz NOT NULL,
    due_on        date        NOT NULL,
    assignee      varchar(160),
    answer        text,
    answered_at   timestamptz,
    return_reason text,
    PRIMARY KEY (tenant_id, complaint_id, org_unit_code),
    FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaint (tenant_id, id),
    FOREIGN KEY (tenant_id, org_unit_code) REFERENCES org_unit (tenant_id, code)
);
-- An agency's queue and its overdue parts.
CREATE INDEX complaint_dispatch_unit_idx ON complaint_dispatch (tenant_id, org_unit_code, status, due_on);

-- The handling steps of SPIKM Pasal 1 no. 11, appended, never changed.
CREATE TABLE complaint_event (
    tenant_id     varchar(50)  NOT NULL,
    complaint_id  uuid         NOT NULL,
    seq           integer      NOT NULL,
    at            timestamptz  NOT NULL,
    step          varchar(16)  NOT NULL,
    action        varchar(40)  NOT NULL,
    actor         varchar(80)  NOT NULL,
    org_unit_code varchar(32),
    note          text,
    public_event  boolean      NOT NULL,
    PRIMARY KEY (tenant_id, complaint_id, seq),
    FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaint (tenant_id, id)
);
CREATE INDEX complaint_event_day_idx ON complaint_event (tenant_id, at);

-- Tracking numbers per tenant and year: ME-2026-000123.
CREATE TABLE tracking_counter (
    tenant_id varchar(50) NOT NULL REFERENCES tenant (tenant_id),
    series    varchar(16) NOT NULL,
    year      integer     NOT NULL,
    last      bigint      NOT NULL,
    PRIMARY KEY (tenant_id, series, year)
);

-- Public submissions carry an Idempotency-Key: a repeat returns the first answer and stores nothing new.
CREATE TABLE idempotency_key (
    tenant_id      varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    key            varchar(100) NOT NULL,
    request_sha256 char(64)     NOT NULL,
    response_status integer,
    response_body  text,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, key)
);
CREATE INDEX idempotency_key_age_idx ON idempotency_key (created_at);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['complaint', 'complaint_dispatch', 'complaint_event', 'tracking_counter',
                             'idempotency_key'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (tenant_id = current_setting(''balai.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''balai.tenant_id'', true))', t || '_tenant_isolation', t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON complaint, complaint_dispatch, tracking_counter, idempotency_key TO ${appRole};
-- Events are append-only.
GRANT SELECT, INSERT ON complaint_event TO ${appRole};
