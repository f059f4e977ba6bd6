-- PPID information service (Perbup Luwu Timur Pasal 18, 20-28). The requester's identity is not here:
-- `requester_id` points into the encrypted person vault. Due dates are stored so that "due soon" and "overdue" are
-- indexed queries; what only the case's own page reads is kept in `details`.
CREATE TABLE information_request (
    tenant_id           varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    id                  uuid         NOT NULL,
    registration_number varchar(24)  NOT NULL,
    access_code_hash    bytea        NOT NULL,
    channel             varchar(8)   NOT NULL CHECK (channel IN ('WEB', 'WALK_IN', 'ORAL', 'LETTER', 'EMAIL')),
    requester_type      varchar(20)  NOT NULL,
    requester_id        uuid         NOT NULL,
    received_at         timestamptz  NOT NULL,
    received_on         date         NOT NULL,
    status              varchar(24)  NOT NULL CHECK (status IN ('AWAITING_CONFIRMATION', 'LAPSED', 'REGISTERED',
                                                                'ROUTED', 'NOTICE_ISSUED')),
    notice_due          date         NOT NULL,
    extended_on         date,
    org_unit_code       varchar(32),
    outcome             varchar(16),
    notice_issued_on    date,
    overdue_since       date,
    reminded_on         date,
    details             jsonb        NOT NULL,
    version             integer      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, registration_number),
    FOREIGN KEY (tenant_id, org_unit_code) REFERENCES org_unit (tenant_id, code),
    FOREIGN KEY (tenant_id, requester_id) REFERENCES person (tenant_id, id)
);
-- Queues, due soon / overdue (open requests by due date), a unit's queue, the LLID and Pasal 28 report by year.
CREATE INDEX information_request_due_idx ON information_request (tenant_id, status, notice_due);
CREATE INDEX information_request_unit_idx ON information_request (tenant_id, org_unit_code, received_on);
CREATE INDEX information_request_received_idx ON information_request (tenant_id, received_on, id);

-- The steps of a request, an objection or a dispute, appended, never changed.
CREATE TABLE information_event (
    tenant_id    varchar(50)  NOT NULL,
    subject_id   uuid         NOT NULL,
    seq          integer      NOT NULL,
    at           timestamptz  NOT NULL,
    action       varchar(40)  NOT NULL,
    actor        varchar(80)  NOT NULL,
    note         text,
    public_event boolean      NOT NULL,
    PRIMARY KEY (tenant_id, subject_id, seq)
);

-- The ID copy of Pasal 22(8) and the released documents of a notice; content checked by its magic bytes.
CREATE TABLE information_file (
    tenant_id   varchar(50)  NOT NULL,
    id          uuid         NOT NULL,
    request_id  uuid         NOT NULL,
    kind        varchar(12)  NOT NULL CHECK (kind IN ('ID_COPY', 'RELEASED')),
    file_name   varchar(200) NOT NULL,
    media_type  varchar(100) NOT NULL,
    size_bytes  integer      NOT NULL,
    sha256      char(64)     NOT NULL,
    content     bytea        NOT NULL,
    uploaded_at timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, request_id) REFERENCES information_request (tenant_id, id)
);
CREATE INDEX information_file_request_idx ON information_file (tenant_id, request_id, kind);

-- Objections to the Atasan PPID (Pasal 24-25; Perki 1/2021): their own register number, 30 + 30 working days.
CREATE TABLE information_objection (
    tenant_id       varchar(50)  NOT NULL,
    id              uuid         NOT NULL,
    request_id      uuid         NOT NULL,
    register_number varchar(24)  NOT NULL,
    ground          varchar(32)  NOT NULL,
    ground_arose_on date         NOT NULL,
    filed_on        date         NOT NULL,
    reasons         text,
    answer_due      date         NOT NULL,
    status          varchar(12)  NOT NULL CHECK (status IN ('FILED', 'ANSWERED', 'SETTLED')),
    decision        varchar(12),
    answer          text,
    answered_on     date,
    settlement      text,
    overdue_since   date,
    version         integer      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, register_number),
    FOREIGN KEY (tenant_id, request_id) REFERENCES information_request (tenant_id, id)
);
CREATE INDEX information_objection_due_idx ON information_objection (tenant_id, status, answer_due);
CREATE INDEX information_objection_request_idx ON information_objection (tenant_id, request_id);
CREATE INDEX information_objection_filed_idx ON information_objection (tenant_id, filed_on);

-- Disputes before the Information Commission (Pasal 26; UU KIP Ps 37-38): stages and facilitation tasks in `details`.
CREATE TABLE information_dispute (
    tenant_id       varchar(50)  NOT NULL,
    id              uuid         NOT NULL,
    objection_id    uuid         NOT NULL,
    request_id      uuid         NOT NULL,
    register_number varchar(24)  NOT NULL,
    filed_on        date         NOT NULL,
    stage           varchar(16)  NOT NULL,
    outcome         varchar(24),
    decided_on      date,
    complied        boolean,
    details         jsonb        NOT NULL,
    version         integer      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, register_number),
    FOREIGN KEY (tenant_id, objection_id) REFERENCES information_objection (tenant_id, id)
);
CREATE INDEX information_dispute_filed_idx ON information_dispute (tenant_id, filed_on);

-- E-mails to requesters go through the shared mail outbox (V0012, `mail_outbox`, by vault reference).

-- The LLID's text sections per fiscal year (Pasal 18(3)) and when it was published (due by 31 March).
CREATE TABLE information_llid (
    tenant_id       varchar(50)  NOT NULL,
    fiscal_year     integer      NOT NULL,
    policy          text,
    facilities      text,
    staff           text,
    budget          text,
    obstacles       text,
    recommendations text,
    published_on    date,
    updated_at      timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, fiscal_year)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['information_request', 'information_event', 'information_file',
                             'information_objection', 'information_dispute', 'information_llid'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (tenant_id = current_setting(''balai.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''balai.tenant_id'', true))', t || '_tenant_isolation', t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON information_request, information_file, information_objection, information_dispute,
    information_llid TO ${appRole};
-- Events are append-only.
GRANT SELECT, INSERT ON information_event TO ${appRole};
