-- Issue 18, Perbup Luwu Timur Pasal 9e: the PPID Utama assigns a PPID Pembantu (or an official of a unit) to make,
-- collect or maintain documentation; the assignee records when it is done. Overdue once the due date has passed.
CREATE TABLE documentation_assignment (
    tenant_id      varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    id             uuid         NOT NULL,
    org_unit_code  varchar(32)  NOT NULL,
    work           varchar(16)  NOT NULL CHECK (work IN ('MAKE', 'COLLECT', 'MAINTAIN')),
    description    text         NOT NULL CHECK (length(description) BETWEEN 5 AND 2000),
    assigned_on    date         NOT NULL,
    assigned_by    varchar(300) NOT NULL,
    due_on         date         NOT NULL CHECK (due_on >= assigned_on),
    done_on        date,
    done_note      text,
    done_by        varchar(300),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, org_unit_code) REFERENCES org_unit (tenant_id, code)
);

ALTER TABLE documentation_assignment ENABLE ROW LEVEL SECURITY;
ALTER TABLE documentation_assignment FORCE ROW LEVEL SECURITY;
CREATE POLICY documentation_assignment_tenant_isolation ON documentation_assignment
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT, UPDATE ON documentation_assignment TO ${appRole};
