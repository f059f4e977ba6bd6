-- Issue 18: the Tim Koordinasi's work (SPIKM Perbup Muara Enim 29/2014). The operations team inventories problems
-- and passes them to the Tim Koordinasi (Pasal 7l-m, 6c); the Tim Koordinasi gives recommendations to an agency,
-- whose head must follow them up (Pasal 1 no. 13, Pasal 6c-d, Pasal 8) by a due date; an overdue follow-up is
-- escalated once.
CREATE TABLE coordination_problem (
    tenant_id       varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    id              uuid         NOT NULL,
    title           varchar(200) NOT NULL,
    description     text         NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
    org_unit_code   varchar(32),
    complaints      text[]       NOT NULL DEFAULT '{}',
    passed_by       varchar(300) NOT NULL,
    passed_at       timestamptz  NOT NULL,
    passed_on       date         NOT NULL,
    handled_on      date,
    handling_note   text,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, org_unit_code) REFERENCES org_unit (tenant_id, code)
);

CREATE TABLE coordination_recommendation (
    tenant_id       varchar(50)  NOT NULL REFERENCES tenant (tenant_id),
    id              uuid         NOT NULL,
    problem_id      uuid,
    org_unit_code   varchar(32)  NOT NULL,
    text            text         NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
    issued_by       varchar(300) NOT NULL,
    issued_at       timestamptz  NOT NULL,
    issued_on       date         NOT NULL,
    due_on          date         NOT NULL CHECK (due_on > issued_on),
    follow_up       text,
    followed_up_on  date,
    followed_up_by  varchar(300),
    overdue_since   date,
    version         integer      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, org_unit_code) REFERENCES org_unit (tenant_id, code),
    FOREIGN KEY (tenant_id, problem_id) REFERENCES coordination_problem (tenant_id, id)
);
CREATE INDEX coordination_recommendation_open_idx ON coordination_recommendation (tenant_id, due_on)
    WHERE followed_up_on IS NULL;

ALTER TABLE coordination_problem ENABLE ROW LEVEL SECURITY;
ALTER TABLE coordination_problem FORCE ROW LEVEL SECURITY;
CREATE POLICY coordination_problem_tenant_isolation ON coordination_problem
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));
ALTER TABLE coordination_recommendation ENABLE ROW LEVEL SECURITY;
ALTER TABLE coordination_recommendation FORCE ROW LEVEL SECURITY;
CREATE POLICY coordination_recommendation_tenant_isolation ON coordination_recommendation
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT, UPDATE ON coordination_problem, coordination_recommendation TO ${appRole};
