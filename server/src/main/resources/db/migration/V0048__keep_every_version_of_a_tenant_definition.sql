-- Every version of a regency's definition (issue 14: a running regency is changed live, by the platform operator
-- replacing its definition or by its admin editing units and categories, and every change is kept): who, when, how,
-- the definition itself, its digest, and a short summary of what changed against the version before.
CREATE TABLE tenant_definition_version (
    tenant_id         varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    version           integer      NOT NULL CHECK (version > 0),
    created_at        timestamptz  NOT NULL DEFAULT clock_timestamp(),
    changed_by        varchar(300) NOT NULL,
    changed_roles     varchar(200) NOT NULL DEFAULT '',
    way               varchar(12)  NOT NULL CHECK (way IN ('FILE', 'ONBOARDING', 'REPLACEMENT', 'ADMIN_EDIT',
                                                          'MIGRATION')),
    definition        jsonb        NOT NULL,
    definition_sha256 char(64)     NOT NULL,
    changes           jsonb        NOT NULL DEFAULT '[]',
    PRIMARY KEY (tenant_id, version)
);

-- The definition every existing regency runs on now is its first version.
INSERT INTO tenant_definition_version (tenant_id, version, created_at, changed_by, way, definition,
                                       definition_sha256, changes)
SELECT tenant_id, 1, updated_at, coalesce('file:' || source_path, 'system:migration'), 'MIGRATION', definition,
       definition_sha256, '["in force when versions began"]'::jsonb
FROM tenant;

-- A file-based regency remembers the digest of the file it last applied: at start, a file with the same digest
-- leaves a live edit in place, a changed file wins (tenants/README.md, "A file and live changes").
ALTER TABLE tenant ADD COLUMN file_sha256 char(64);
UPDATE tenant SET file_sha256 = definition_sha256 WHERE source = 'FILE';

ALTER TABLE tenant_definition_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_definition_version FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_definition_version_tenant_isolation ON tenant_definition_version
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

-- Versions are appended, never changed.
GRANT SELECT, INSERT ON tenant_definition_version TO ${appRole};
