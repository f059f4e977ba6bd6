-- Issue 15 item 4: a regency's optional boundaries.geojson (its districts, villages and wards as polygons), checked
-- with its definition and kept here so that every server instance reads the same, a regency moved by archive takes
-- them along (every table with a tenant_id travels), and the public map can show them. One row per regency that
-- has boundaries; the digest is what a change is noticed by (and the public areas' ETag).
CREATE TABLE tenant_boundaries (
    tenant_id  varchar(50) NOT NULL REFERENCES tenant (tenant_id),
    geojson    jsonb       NOT NULL,
    sha256     char(64)    NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (tenant_id)
);

ALTER TABLE tenant_boundaries ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_boundaries FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_boundaries_tenant_isolation ON tenant_boundaries
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

-- DELETE: a regency's folder that no longer holds the file no longer has boundaries (nothing refers to this row;
-- complaints keep the codes of their units, which stay in org_unit).
GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_boundaries TO ${appRole};
