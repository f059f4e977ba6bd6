-- Issue 15 item 4: a report with a point is placed, at intake, in the kecamatan and the desa/kelurahan whose
-- boundaries (tenants/<slug>/boundaries.geojson) hold the point. Codes of the regency's own org units, so that the
-- central administrator is offered the nearest unit to dispatch to and the public list can be filtered by area.
-- Null when the report has no point, or the regency has no boundaries there. Row-level security of `complaint`
-- covers these columns like every other.
ALTER TABLE complaint ADD COLUMN area_district varchar(32);
ALTER TABLE complaint ADD COLUMN area_village varchar(32);
ALTER TABLE complaint ADD CONSTRAINT complaint_area_district_fk
    FOREIGN KEY (tenant_id, area_district) REFERENCES org_unit (tenant_id, code);
ALTER TABLE complaint ADD CONSTRAINT complaint_area_village_fk
    FOREIGN KEY (tenant_id, area_village) REFERENCES org_unit (tenant_id, code);
-- A desa or kelurahan is always within a kecamatan.
ALTER TABLE complaint ADD CONSTRAINT complaint_area_village_in_district
    CHECK (area_village IS NULL OR area_district IS NOT NULL);

-- The public list's area filters.
CREATE INDEX complaint_area_district_idx ON complaint (tenant_id, area_district, received_on)
    WHERE area_district IS NOT NULL;
CREATE INDEX complaint_area_village_idx ON complaint (tenant_id, area_village, received_on)
    WHERE area_village IS NOT NULL;
