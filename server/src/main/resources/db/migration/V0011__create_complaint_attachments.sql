-- Files that come with a report (SPIKM Pasal 5a): photos and PDF letters, checked by content type and size before
-- they are stored, in the same transaction as the case, so that a refused submission leaves no file. Kept in
-- PostgreSQL (bytea, TOASTed out of line) so that backups, row-level security and tenant export cover them like
-- every other record. Served only to the reporter (with the access code) and to officers who may see the case.
CREATE TABLE complaint_attachment (
    tenant_id     varchar(50)  NOT NULL,
    complaint_id  uuid         NOT NULL,
    position      smallint     NOT NULL CHECK (position BETWEEN 1 AND 50),
    file_name     varchar(120) NOT NULL,
    media_type    varchar(40)  NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes    integer      NOT NULL CHECK (size_bytes > 0),
    sha256        char(64)     NOT NULL,
    content       bytea        NOT NULL,
    uploaded_at   timestamptz  NOT NULL,
    uploaded_by   varchar(160) NOT NULL,
    PRIMARY KEY (tenant_id, complaint_id, position),
    FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaint (tenant_id, id)
);
-- The content is fetched one file at a time; listing reads the other columns only.
ALTER TABLE complaint_attachment ALTER COLUMN content SET STORAGE EXTERNAL;

ALTER TABLE complaint_attachment ENABLE ROW LEVEL SECURITY;
ALTER TABLE complaint_attachment FORCE ROW LEVEL SECURITY;
CREATE POLICY complaint_attachment_tenant_isolation ON complaint_attachment
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

-- Attachments are evidence: the application adds them, never changes or deletes them.
GRANT SELECT, INSERT ON complaint_attachment TO ${appRole};
