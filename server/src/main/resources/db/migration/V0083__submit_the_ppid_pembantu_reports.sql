-- Issue 18, Perbup Luwu Timur Pasal 28: a PPID Pembantu submits its report for a period to the PPID Utama, who
-- forwards it to the Sekda (the Atasan PPID), who records its receipt. The report's counts are kept as submitted.
CREATE TABLE information_unit_report_submission (
    tenant_id      varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    id             uuid         NOT NULL,
    org_unit_code  varchar(32)  NOT NULL,
    period_from    date         NOT NULL,
    period_to      date         NOT NULL CHECK (period_to >= period_from),
    total          bigint       NOT NULL,
    granted_full   bigint       NOT NULL,
    granted_part   bigint       NOT NULL,
    refused        bigint       NOT NULL,
    not_held       bigint       NOT NULL,
    submitted_on   date         NOT NULL,
    submitted_by   varchar(300) NOT NULL,
    forwarded_on   date,
    forwarded_by   varchar(300),
    received_on    date,
    received_by    varchar(300),
    version        integer      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, org_unit_code, period_from, period_to),
    FOREIGN KEY (tenant_id, org_unit_code) REFERENCES org_unit (tenant_id, code)
);

ALTER TABLE information_unit_report_submission ENABLE ROW LEVEL SECURITY;
ALTER TABLE information_unit_report_submission FORCE ROW LEVEL SECURITY;
CREATE POLICY information_unit_report_submission_tenant_isolation ON information_unit_report_submission
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT, UPDATE ON information_unit_report_submission TO ${appRole};
