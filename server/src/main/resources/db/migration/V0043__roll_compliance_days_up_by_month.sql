-- Month roll-ups of compliance_day for the provincial view (docs/compliance.md, "Reading"). A province's table for a
-- year read every day row of its tenants and added their histograms cell by cell (15 tenants: 5 500 rows, 335 000
-- cells), three times over for the trend: 0.2 and 0.7 s on the benchmark (docs/benchmarks.md). Whole months of a
-- period now come from one row per tenant and month, the days of a month begun or unfinished from compliance_day.
-- ComplianceAggregator rewrites a month's row in the same transaction as the month's days, so the two never disagree.
-- The columns of compliance_day, in its order, with the month's first day in place of the day.
CREATE TABLE compliance_month (LIKE compliance_day INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE compliance_month RENAME COLUMN day TO month;
ALTER TABLE compliance_month ADD CHECK (extract(day FROM month) = 1),
    ADD PRIMARY KEY (tenant_id, month),
    ADD FOREIGN KEY (tenant_id) REFERENCES tenant (tenant_id);

-- The months of the days already aggregated. Row-level security is forced on compliance_day, also for its owner:
-- lifted for this statement only (a migration reads every tenant's rows), forced again before the end.
ALTER TABLE compliance_day NO FORCE ROW LEVEL SECURITY;
INSERT INTO compliance_month
SELECT d.tenant_id, d.month, min(d.province_code), sum(d.requests), sum(d.requests_due), sum(d.noticed),
       sum(d.noticed_in_time), sum(d.noticed_in_extension),
       (SELECT array_agg(h.total ORDER BY h.i) FROM (
            SELECT c.i, sum(c.v) AS total
            FROM compliance_day x, unnest(x.notice_days) WITH ORDINALITY AS c(v, i)
            WHERE x.tenant_id = d.tenant_id AND x.day >= d.month AND x.day < d.month + interval '1 month'
            GROUP BY c.i) h),
       sum(d.objections), sum(d.objections_due), sum(d.objections_answered_in_time), sum(d.disputes),
       sum(d.complaints), sum(d.complaints_due), sum(d.complaints_verified_in_time), sum(d.complaints_closed),
       sum(d.dispatches_due), sum(d.dispatches_in_time), sum(d.rating_sum), sum(d.rating_count), max(d.computed_at)
FROM (SELECT *, CAST(date_trunc('month', day) AS date) AS month FROM compliance_day) d
GROUP BY d.tenant_id, d.month;
ALTER TABLE compliance_day FORCE ROW LEVEL SECURITY;

ALTER TABLE compliance_month ENABLE ROW LEVEL SECURITY;
ALTER TABLE compliance_month FORCE ROW LEVEL SECURITY;
CREATE POLICY compliance_month_tenant_isolation ON compliance_month
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));
CREATE POLICY compliance_month_province_read ON compliance_month FOR SELECT
    USING (province_code = current_setting('balai.province_code', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON compliance_month TO ${appRole};
