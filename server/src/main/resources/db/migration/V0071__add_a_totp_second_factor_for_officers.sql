-- Issue 17 item 8 (ASVS 2.8, RFC 6238): an officer's second factor. The shared secret is encrypted with the
-- personal-data keys (AES-256-GCM bound to tenant, column and officer); a secret being enrolled waits in
-- totp_pending_enc until its first code confirms it. totp_last_step refuses a code's second use.
ALTER TABLE officer ADD COLUMN totp_secret_enc bytea;
ALTER TABLE officer ADD COLUMN totp_pending_enc bytea;
ALTER TABLE officer ADD COLUMN totp_enabled_at timestamptz;
ALTER TABLE officer ADD COLUMN totp_last_step bigint;

-- Recovery codes, shown once at enrolment: only their SHA-256 digests are kept (each code carries 50 random bits),
-- and each works once.
CREATE TABLE officer_recovery_code (
    tenant_id  varchar(50) NOT NULL,
    account_id uuid        NOT NULL,
    digest     bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    used_at    timestamptz,
    PRIMARY KEY (tenant_id, account_id, digest),
    FOREIGN KEY (tenant_id, account_id) REFERENCES officer (tenant_id, id)
);

ALTER TABLE officer_recovery_code ENABLE ROW LEVEL SECURITY;
ALTER TABLE officer_recovery_code FORCE ROW LEVEL SECURITY;
CREATE POLICY officer_recovery_code_tenant_isolation ON officer_recovery_code
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

-- A new enrolment replaces the old codes; turning the factor off removes them.
GRANT SELECT, INSERT, UPDATE, DELETE ON officer_recovery_code TO ${appRole};
