-- Issue 18: the LLID is delivered (Perbup Luwu Timur Pasal 18(2), 19(2)-(3)): to the Atasan PPID, to the Bupati
-- through the Atasan PPID, to the Minister of Home Affairs (Kemendagri) and to the Information Commission (KIP).
-- Each delivery is recorded once per recipient with its date, the way it went and its reference (the cover letter's
-- number, a receipt); never changed nor deleted.
CREATE TABLE information_llid_delivery (
    tenant_id     varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    fiscal_year   integer      NOT NULL,
    recipient     varchar(24)  NOT NULL CHECK (recipient IN ('ATASAN_PPID', 'BUPATI', 'KEMENDAGRI', 'KIP')),
    delivered_on  date         NOT NULL,
    via           varchar(16)  NOT NULL CHECK (via IN ('LETTER', 'EMAIL', 'HAND', 'APPLICATION')),
    reference     varchar(200) NOT NULL,
    recorded_by   varchar(300) NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, fiscal_year, recipient)
);

ALTER TABLE information_llid_delivery ENABLE ROW LEVEL SECURITY;
ALTER TABLE information_llid_delivery FORCE ROW LEVEL SECURITY;
CREATE POLICY information_llid_delivery_tenant_isolation ON information_llid_delivery
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT ON information_llid_delivery TO ${appRole};
