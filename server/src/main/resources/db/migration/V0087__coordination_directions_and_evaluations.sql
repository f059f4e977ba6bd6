-- Issue 18: the rest of the Tim Koordinasi's duties (SPIKM Perbup Muara Enim 29/2014 Pasal 6): directions, input
-- and suggestions to the operations team (huruf a), which the operations coordinator answers with what was done;
-- the evaluation of the operations team's work (huruf b) and of the service as a whole (huruf f), for a period.
-- Both appear in the Tim Koordinasi's report to the Bupati (huruf g).
CREATE TABLE coordination_direction (
    tenant_id       varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    id              uuid         NOT NULL,
    kind            varchar(16)  NOT NULL CHECK (kind IN ('ARAHAN', 'MASUKAN', 'SARAN')),
    text            text         NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
    given_by        varchar(300) NOT NULL,
    given_at        timestamptz  NOT NULL,
    given_on        date         NOT NULL,
    response        text,
    responded_on    date,
    responded_by    varchar(300),
    PRIMARY KEY (tenant_id, id),
    CHECK ((response IS NULL) = (responded_on IS NULL)),
    CHECK (responded_on IS NULL OR responded_on >= given_on)
);

CREATE TABLE coordination_evaluation (
    tenant_id       varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    id              uuid         NOT NULL,
    subject         varchar(20)  NOT NULL CHECK (subject IN ('OPERATIONS_TEAM', 'SERVICE')),
    period_from     date         NOT NULL,
    period_to       date         NOT NULL,
    findings        text         NOT NULL CHECK (length(findings) BETWEEN 1 AND 10000),
    recorded_by     varchar(300) NOT NULL,
    recorded_at     timestamptz  NOT NULL,
    recorded_on     date         NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CHECK (period_to >= period_from),
    CHECK (recorded_on >= period_from)
);

ALTER TABLE coordination_direction ENABLE ROW LEVEL SECURITY;
ALTER TABLE coordination_direction FORCE ROW LEVEL SECURITY;
CREATE POLICY coordination_direction_tenant_isolation ON coordination_direction
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));
ALTER TABLE coordination_evaluation ENABLE ROW LEVEL SECURITY;
ALTER TABLE coordination_evaluation FORCE ROW LEVEL SECURITY;
CREATE POLICY coordination_evaluation_tenant_isolation ON coordination_evaluation
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT, UPDATE ON coordination_direction TO ${appRole};
GRANT SELECT, INSERT ON coordination_evaluation TO ${appRole};
