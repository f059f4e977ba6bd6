-- Issue 17 item 1: an officer's named filters of a queue (the query string the queue page sends), shown as chips.
-- Each officer sees only their own: the officer's id is part of every lookup, the tenant leads the key.
CREATE TABLE officer_saved_filter (
    tenant_id   varchar(50)  NOT NULL,
    id          uuid         NOT NULL,
    officer_id  uuid         NOT NULL,
    queue       varchar(24)  NOT NULL CHECK (queue IN ('COMPLAINTS', 'INFORMATION_REQUESTS')),
    name        varchar(60)  NOT NULL,
    query       varchar(500) NOT NULL,
    created_at  timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, officer_id, queue, name),
    FOREIGN KEY (tenant_id, officer_id) REFERENCES officer (tenant_id, id) ON DELETE CASCADE
);

ALTER TABLE officer_saved_filter ENABLE ROW LEVEL SECURITY;
ALTER TABLE officer_saved_filter FORCE ROW LEVEL SECURITY;
CREATE POLICY officer_saved_filter_tenant_isolation ON officer_saved_filter
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT, DELETE ON officer_saved_filter TO ${appRole};
