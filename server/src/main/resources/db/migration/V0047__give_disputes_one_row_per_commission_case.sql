-- One dispute per Information Commission case (UU KIP Ps 37-38): the case number, kept so far only inside `details`,
-- gets a column of its own under a unique index, so that the same case recorded twice (a double click, two officers)
-- is refused by the database and the LLID counts it once. Disputes recorded without a case number stay NULL (NULLs
-- never clash). Row-level security on information_dispute (V0030) covers the new column.
ALTER TABLE information_dispute ADD COLUMN commission_case_number varchar(100);

-- Filled from `details` as the application writes it (stripped, inner spaces single). Should a regency already hold
-- the same case twice, only its first recording (by filing date, then register number) takes the column; the later
-- ones keep their number in `details`, where the officer's view still shows it.
UPDATE information_dispute d SET commission_case_number = c.number
FROM (
    SELECT tenant_id, id, number,
           row_number() OVER (PARTITION BY tenant_id, number ORDER BY filed_on, register_number) AS nth
    FROM (SELECT tenant_id, id, filed_on, register_number,
                 nullif(btrim(regexp_replace(details ->> 'commissionCaseNumber', '\s+', ' ', 'g')), '') AS number
          FROM information_dispute) n
    WHERE number IS NOT NULL
) c
WHERE d.tenant_id = c.tenant_id AND d.id = c.id AND c.nth = 1;

CREATE UNIQUE INDEX information_dispute_commission_case_idx
    ON information_dispute (tenant_id, commission_case_number);
