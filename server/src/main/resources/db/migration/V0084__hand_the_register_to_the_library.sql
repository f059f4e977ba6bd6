-- Issue 18, Perbup Luwu Timur Pasal 17(2): the register of public information is handed to the regional library.
-- Each handover is recorded with its date, its reference (a letter, a receipt), the number of published entries it
-- held; never changed nor deleted.
CREATE TABLE register_library_handover (
    tenant_id     varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    id            uuid         NOT NULL,
    handed_on     date         NOT NULL,
    reference     varchar(200) NOT NULL,
    entries       integer      NOT NULL CHECK (entries >= 0),
    recorded_by   varchar(300) NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

ALTER TABLE register_library_handover ENABLE ROW LEVEL SECURITY;
ALTER TABLE register_library_handover FORCE ROW LEVEL SECURITY;
CREATE POLICY register_library_handover_tenant_isolation ON register_library_handover
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT ON register_library_handover TO ${appRole};
