-- Compliance aggregates for the provincial view (docs/compliance.md). Counts only: no case, no person, no text.
-- Written by ComplianceJob per tenant (tenant set, RLS as everywhere); read by the provincial view in a transaction
-- that sets `balai.province_code` and no tenant: the second, SELECT-only policy lets it see the rows of its own
-- province's tenants and nothing else (docs/security.md, "Provincial aggregates").

-- One tenant's counters for the cases that started on one day (requests and complaints by their receipt day,
-- objections and disputes by their filing day). notice_days is a histogram: notice_days[i + 1] = requests whose
-- notice came i working days after receipt (the last bucket collects 60 and more).
CREATE TABLE compliance_day (
    tenant_id                 varchar(50) NOT NULL REFERENCES tenant (tenant_id),
    day                       date        NOT NULL,
    province_code             varchar(2)  NOT NULL,
    requests                  integer     NOT NULL,
    requests_due              integer     NOT NULL,
    noticed                   integer     NOT NULL,
    noticed_in_time           integer     NOT NULL,
    noticed_in_extension      integer     NOT NULL,
    notice_days               integer[]   NOT NULL,
    objections                integer     NOT NULL,
    objections_due            integer     NOT NULL,
    objections_answered_in_time integer   NOT NULL,
    disputes                  integer     NOT NULL,
    complaints                integer     NOT NULL,
    complaints_due            integer     NOT NULL,
    complaints_verified_in_time integer   NOT NULL,
    complaints_closed         integer     NOT NULL,
    dispatches_due            integer     NOT NULL,
    dispatches_in_time        integer     NOT NULL,
    rating_sum                integer     NOT NULL,
    rating_count              integer     NOT NULL,
    computed_at               timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, day)
);

-- One tenant's state as of the last run: register, PPID Pembantu coverage, LLID publication per fiscal year
-- ({"2025": "2026-03-20"}), and the job's watermark (events after it mark their cases' days for recomputation).
CREATE TABLE compliance_snapshot (
    tenant_id            varchar(50) NOT NULL REFERENCES tenant (tenant_id),
    province_code        varchar(2)  NOT NULL,
    as_of                date        NOT NULL,
    berkala_entries      integer     NOT NULL,
    berkala_current      integer     NOT NULL,
    setiap_saat_entries  integer     NOT NULL,
    pembantu_units       integer     NOT NULL,
    pembantu_covered     integer     NOT NULL,
    llid                 jsonb       NOT NULL,
    watermark            timestamptz NOT NULL,
    PRIMARY KEY (tenant_id)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['compliance_day', 'compliance_snapshot'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (tenant_id = current_setting(''balai.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''balai.tenant_id'', true))', t || '_tenant_isolation', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING '
                       '(province_code = current_setting(''balai.province_code'', true))', t || '_province_read', t);
    END LOOP;
END
$$;
GRANT SELECT, INSERT, UPDATE, DELETE ON compliance_day, compliance_snapshot TO ${appRole};

-- The composite score's weights per province (platform table: no tenant, no personal data).
CREATE TABLE compliance_weights (
    province_code varchar(2)  NOT NULL PRIMARY KEY,
    weights       jsonb       NOT NULL,
    updated_at    timestamptz NOT NULL,
    updated_by    varchar(80) NOT NULL
);
GRANT SELECT, INSERT, UPDATE ON compliance_weights TO ${appRole};

-- The job's look-up of what changed since its last run.
CREATE INDEX information_event_at_idx ON information_event (tenant_id, at);
