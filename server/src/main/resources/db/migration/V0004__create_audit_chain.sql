-- The audit trail: append-only and hash-chained per tenant. Each entry holds the hash of the one before it, so
-- that an edited, inserted or deleted row breaks the chain where it happened; audit_head keeps the last sequence
-- number and hash, so that cutting off the newest entries is detected too. The chain key is the tenant id, or
-- '_platform' for what happens above tenants (hence no foreign key to tenant).
CREATE TABLE audit_entry (
    tenant_id    varchar(50)  NOT NULL,
    seq          bigint       NOT NULL,
    at           timestamptz  NOT NULL,
    actor_id     varchar(80)  NOT NULL,
    actor_roles  varchar(400) NOT NULL,
    action       varchar(60)  NOT NULL,
    subject_type varchar(40)  NOT NULL,
    subject_id   varchar(80)  NOT NULL,
    detail       text         NOT NULL,
    request_id   varchar(80),
    prev_hash    char(64)     NOT NULL,
    hash         char(64)     NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX audit_entry_subject_idx ON audit_entry (tenant_id, subject_type, subject_id);

CREATE TABLE audit_head (
    tenant_id varchar(50) NOT NULL PRIMARY KEY,
    seq       bigint      NOT NULL,
    hash      char(64)    NOT NULL
);

ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_entry_tenant_isolation ON audit_entry
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));
ALTER TABLE audit_head ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_head FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_head_tenant_isolation ON audit_head
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

-- Append-only for the application: no UPDATE, no DELETE on entries.
GRANT SELECT, INSERT ON audit_entry TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON audit_head TO ${appRole};
