-- Month roll-ups of compliance_day for the provincial view (docs/compliance.md, "Reading"). A province's table for a
-- year read every day row of its tenants and added their histograms cell by cell (15 tenants: 5 500 rows, 335 000
-- cells), three times over for the trend: 0.2 and 0.7 s on the benchmark (docs/benchmarks.md). Whole months of a
-- period now come from one row per tenant and month, the days of a month begun or unfinished from compliance_day.
-- ComplianceAggregator rewrites a month's row in the same transaction as the month's days, so the two never disagree.
-- The columns of compliance_day, in its order (the fill below inserts by position), with the month's first day in
-- place of the day.
CREATE TABLE compliance_month (
    tenant_id                 varchar(50) NOT NULL REFERENCES tenant (tenant_id),
    month                     date        NOT NULL CHECK (extract(day FROM month) = 1),
    province_code             varchar(2)  NOT NULL,
    requests                  integer     NOT NULL,
    requests_due              integer     NOT NULL,
    noticed                   integer     NOT NULL,
    noticed_in_time           integer     NOT NULL,
    noticed_in_extension      integer     NOT NULL,
    notice_days               integer[]   NOT NULL,
    objections                integer     NOT NULL,
    objections_due            integer     NOT NULL,
    objections_answered_in_time integer   NOT NULL,
    disputes                  integer     NOT NULL,
    complaints                integer     NOT NULL,
    complaints_due            integer     NOT NULL,
    complaints_verified_in_time integer   NOT NULL,
    complaints_closed         integer     NOT NULL,
    dispatches_due            integer     NOT NULL,
    dispatches_in_time        integer     NOT NULL,
    rating_sum                integer     NOT NULL,
    rating_count              integer     NOT NULL,
    computed_at               timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, month)
);

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
