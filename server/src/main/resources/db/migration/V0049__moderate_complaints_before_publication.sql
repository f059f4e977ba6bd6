-- Issue 15: nothing a citizen wrote is public until the central administrator publishes a public version of it
-- (a public title and text, masked of personal data, and the photos chosen as public). Open311 and the public
-- report pages serve only these versions, never the original description.

-- The reporter's choice "Jangan tampilkan laporan saya untuk publik": such a report is never published.
ALTER TABLE complaint ADD COLUMN public_declined boolean NOT NULL DEFAULT false;

-- The public version of a report, one per report, kept when unpublished (the log says why).
CREATE TABLE complaint_publication (
    tenant_id          varchar(50)  NOT NULL,
    complaint_id       uuid         NOT NULL,
    status             varchar(12)  NOT NULL CHECK (status IN ('PUBLISHED', 'UNPUBLISHED')),
    public_title       varchar(200) NOT NULL,
    public_text        text         NOT NULL,
    public_attachments smallint[]   NOT NULL DEFAULT '{}',
    published_at       timestamptz  NOT NULL,
    published_by       varchar(300) NOT NULL,
    updated_at         timestamptz  NOT NULL,
    version            integer      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, complaint_id),
    FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaint (tenant_id, id)
);
-- The public list: a regency's published reports, newest first.
CREATE INDEX complaint_publication_published ON complaint_publication (tenant_id, published_at DESC, complaint_id)
    WHERE status = 'PUBLISHED';

-- Every moderation act, appended, never changed: who, when, what (digests of the public version before and after)
-- and why.
CREATE TABLE complaint_moderation_log (
    tenant_id     varchar(50)  NOT NULL,
    complaint_id  uuid         NOT NULL,
    seq           integer      NOT NULL CHECK (seq > 0),
    at            timestamptz  NOT NULL,
    actor         varchar(300) NOT NULL,
    act           varchar(20)  NOT NULL CHECK (act IN ('PUBLISH', 'EDIT', 'UNPUBLISH', 'TAKEDOWN_REQUESTED')),
    reason        text         NOT NULL,
    before_sha256 char(64),
    after_sha256  char(64),
    PRIMARY KEY (tenant_id, complaint_id, seq),
    FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaint (tenant_id, id)
);

ALTER TABLE complaint_publication ENABLE ROW LEVEL SECURITY;
ALTER TABLE complaint_publication FORCE ROW LEVEL SECURITY;
CREATE POLICY complaint_publication_tenant_isolation ON complaint_publication
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

ALTER TABLE complaint_moderation_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE complaint_moderation_log FORCE ROW LEVEL SECURITY;
CREATE POLICY complaint_moderation_log_tenant_isolation ON complaint_moderation_log
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

GRANT SELECT, INSERT, UPDATE ON complaint_publication TO ${appRole};
-- The log is appended, never changed.
GRANT SELECT, INSERT ON complaint_moderation_log TO ${appRole};
