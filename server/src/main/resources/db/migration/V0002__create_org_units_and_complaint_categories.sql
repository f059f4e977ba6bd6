-- The tenant's organisation: agencies (SKPD), the DPRD secretariat, districts, villages and wards, each able to
-- host a PPID Pembantu (Perbup Luwu Timur Pasal 8(3), 8(5)); one unit hosts SPIKM and the PPID Utama.
-- Units are deactivated, never deleted, when they leave the tenant file: cases keep pointing at them.
CREATE TABLE org_unit (
    tenant_id        varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    code             varchar(32)  NOT NULL,
    parent_code      varchar(32),
    name             varchar(160) NOT NULL,
    name_en          varchar(160),
    kind             varchar(24)  NOT NULL CHECK (kind IN ('REGIONAL_SECRETARIAT', 'AGENCY', 'DPRD_SECRETARIAT',
                                                           'DISTRICT', 'VILLAGE', 'WARD')),
    hosts_spikm      boolean      NOT NULL DEFAULT false,
    hosts_ppid_utama boolean      NOT NULL DEFAULT false,
    ppid_pembantu    boolean      NOT NULL DEFAULT false,
    active           boolean      NOT NULL DEFAULT true,
    position         integer      NOT NULL,
    PRIMARY KEY (tenant_id, code),
    FOREIGN KEY (tenant_id, parent_code) REFERENCES org_unit (tenant_id, code)
);
CREATE INDEX org_unit_parent_idx ON org_unit (tenant_id, parent_code);

-- What a citizen chooses when reporting, and the agency it is dispatched to by default (SPIKM Pasal 5b, 7c).
CREATE TABLE complaint_category (
    tenant_id varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    code      varchar(32)  NOT NULL,
    name      varchar(160) NOT NULL,
    name_en   varchar(160),
    route_to  varchar(32)  NOT NULL,
    active    boolean      NOT NULL DEFAULT true,
    position  integer      NOT NULL,
    PRIMARY KEY (tenant_id, code),
    FOREIGN KEY (tenant_id, route_to) REFERENCES org_unit (tenant_id, code)
);
CREATE INDEX complaint_category_route_idx ON complaint_category (tenant_id, route_to);

-- The second wall of tenant isolation: a statement sees and writes only the rows of the tenant set for its
-- transaction with set_config('balai.tenant_id', ..., true). No tenant set: no rows. FORCE makes the policy
-- hold for the owner as well.
ALTER TABLE org_unit ENABLE ROW LEVEL SECURITY;
ALTER TABLE org_unit FORCE ROW LEVEL SECURITY;
CREATE POLICY org_unit_tenant_isolation ON org_unit
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

ALTER TABLE complaint_category ENABLE ROW LEVEL SECURITY;
ALTER TABLE complaint_category FORCE ROW LEVEL SECURITY;
CREATE POLICY complaint_category_tenant_isolation ON complaint_category
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT, UPDATE ON org_unit, complaint_category TO ${appRole};
