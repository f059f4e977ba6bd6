-- Officers of one regency (central admin, agency operators, PPID officers, the regent's office, tenant admin...).
-- Roles are names from identity.domain.Role; an officer may hold several. org_unit_code scopes the roles that
-- work for one unit (agency operator, PPID Pembantu).
CREATE TABLE officer (
    tenant_id           varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    id                  uuid         NOT NULL,
    username            varchar(64)  NOT NULL,
    display_name        varchar(120) NOT NULL,
    password_hash       text         NOT NULL,
    roles               text[]       NOT NULL,
    org_unit_code       varchar(32),
    active              boolean      NOT NULL DEFAULT true,
    failed_logins       integer      NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    password_changed_at timestamptz  NOT NULL DEFAULT now(),
    created_at          timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, username),
    FOREIGN KEY (tenant_id, org_unit_code) REFERENCES org_unit (tenant_id, code)
);
CREATE INDEX officer_org_unit_idx ON officer (tenant_id, org_unit_code);

ALTER TABLE officer ENABLE ROW LEVEL SECURITY;
ALTER TABLE officer FORCE ROW LEVEL SECURITY;
CREATE POLICY officer_tenant_isolation ON officer
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));
-- Officers are deactivated, never deleted: the audit trail names them.
GRANT SELECT, INSERT, UPDATE ON officer TO ${appRole};

-- Accounts above tenants: the platform operator and provincial admins (scoped to one province, aggregates only).
CREATE TABLE platform_account (
    id                  uuid         NOT NULL PRIMARY KEY,
    username            varchar(64)  NOT NULL UNIQUE,
    display_name        varchar(120) NOT NULL,
    password_hash       text         NOT NULL,
    roles               text[]       NOT NULL,
    province_code       varchar(2),
    active              boolean      NOT NULL DEFAULT true,
    failed_logins       integer      NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    password_changed_at timestamptz  NOT NULL DEFAULT now(),
    created_at          timestamptz  NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE ON platform_account TO ${appRole};

-- A login session: the refresh token (only its SHA-256 digest is kept) and the revocation that logout sets.
-- Access tokens carry the session id (claim `sid`); a revoked session refuses its still-unexpired tokens.
-- Sessions are looked up before a tenant is known (refresh), so this is a platform table, not row-scoped;
-- it holds no personal data.
CREATE TABLE auth_session (
    id                     uuid        NOT NULL PRIMARY KEY,
    tenant_id              varchar(50) REFERENCES tenant (tenant_id),
    account_id             uuid        NOT NULL,
    refresh_digest         bytea       NOT NULL UNIQUE,
    previous_refresh_digest bytea,
    created_at             timestamptz NOT NULL DEFAULT now(),
    refreshed_at           timestamptz NOT NULL DEFAULT now(),
    expires_at             timestamptz NOT NULL,
    revoked_at             timestamptz,
    revoked_reason         varchar(40)
);
CREATE INDEX auth_session_account_idx ON auth_session (tenant_id, account_id);
CREATE INDEX auth_session_previous_idx ON auth_session (previous_refresh_digest);
GRANT SELECT, INSERT, UPDATE ON auth_session TO ${appRole};

-- Token buckets of the rate limits (Bucket4j's PostgreSQL proxy manager), shared by every server instance.
CREATE TABLE rate_limit_bucket (
    id         varchar(200) NOT NULL PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit_bucket TO ${appRole};
