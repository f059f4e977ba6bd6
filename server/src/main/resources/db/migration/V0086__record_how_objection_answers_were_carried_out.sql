-- Issue 18, Perbup Luwu Timur Pasal 18(3)d.2: an objection answer that upholds the objection binds the PPID; how it
-- was carried out is recorded once, with its date and a note, and the LLID counts the upheld answers carried out.
CREATE TABLE information_objection_implementation (
    tenant_id      varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    objection_id   uuid         NOT NULL,
    carried_out_on date         NOT NULL,
    note           text         NOT NULL CHECK (length(note) BETWEEN 5 AND 2000),
    recorded_by    varchar(300) NOT NULL,
    recorded_at    timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, objection_id),
    FOREIGN KEY (tenant_id, objection_id) REFERENCES information_objection (tenant_id, id)
);

ALTER TABLE information_objection_implementation ENABLE ROW LEVEL SECURITY;
ALTER TABLE information_objection_implementation FORCE ROW LEVEL SECURITY;
CREATE POLICY information_objection_implementation_tenant_isolation ON information_objection_implementation
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT ON information_objection_implementation TO ${appRole};
