-- Issue 17 item 5: response templates, regency-wide (org_unit_code null: the regency administrator's) or of one
-- agency (its operators'), with placeholders ({nomor}, {judul}, {unit}, {tanggal}, ...) filled when an officer
-- starts an answer, a response to the reporter or a clarification request from one.
CREATE TABLE response_template (
    tenant_id      varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    id             uuid         NOT NULL,
    org_unit_code  varchar(32),
    purpose        varchar(16)  NOT NULL CHECK (purpose IN ('ANSWER', 'RESPONSE', 'CLARIFICATION')),
    name           varchar(120) NOT NULL,
    body           text         NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    updated_at     timestamptz  NOT NULL,
    updated_by     varchar(300) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE NULLS NOT DISTINCT (tenant_id, org_unit_code, purpose, name),
    FOREIGN KEY (tenant_id, org_unit_code) REFERENCES org_unit (tenant_id, code)
);

ALTER TABLE response_template ENABLE ROW LEVEL SECURITY;
ALTER TABLE response_template FORCE ROW LEVEL SECURITY;
CREATE POLICY response_template_tenant_isolation ON response_template
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT, UPDATE, DELETE ON response_template TO ${appRole};
