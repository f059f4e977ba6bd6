-- The application connects as ${appRole}: not the owner of any table and not a superuser, so row-level
-- security applies to every statement it runs. On an external database the operator may create the role
-- beforehand (with a password); the embedded database creates it here (loopback, trust authentication).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole}') THEN
        CREATE ROLE ${appRole} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO ${appRole};

-- The registry of regencies (tenants). One row per tenant, keyed by the tenant's slug, which is also the
-- tenant_id that leads every key of every tenant-owned table (the distribution column when sharded by tenant).
-- It holds no personal data; the definition is the validated tenant file (or API definition) as JSON.
CREATE TABLE tenant (
    tenant_id         varchar(50)  NOT NULL PRIMARY KEY,
    name              varchar(120) NOT NULL,
    short_code        varchar(4)   NOT NULL UNIQUE,
    region_code       varchar(5)   NOT NULL,
    province_code     varchar(2)   NOT NULL,
    province_name     varchar(80)  NOT NULL,
    time_zone         varchar(4)   NOT NULL CHECK (time_zone IN ('WIB', 'WITA', 'WIT')),
    status            varchar(12)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    source            varchar(8)   NOT NULL CHECK (source IN ('FILE', 'API')),
    source_path       text,
    definition        jsonb        NOT NULL,
    definition_sha256 char(64)     NOT NULL,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    updated_at        timestamptz  NOT NULL DEFAULT now()
);

-- The provincial view lists a province's tenants.
CREATE INDEX tenant_province_idx ON tenant (province_code, tenant_id);

-- Tenants are never deleted by the application (their cases must outlive a suspension).
GRANT SELECT, INSERT, UPDATE ON tenant TO ${appRole};
