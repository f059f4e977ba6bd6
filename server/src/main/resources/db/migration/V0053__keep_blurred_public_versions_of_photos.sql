-- Issue 15: a photo of a report may be public only in a version with faces and number plates made unreadable. The
-- central administrator marks the areas in the browser, which blurs them and sends the result; the public photo
-- address then serves that version, never the original of that position. Nothing here changes an attachment:
-- the original stays the evidence the officers see.

-- The blurred version of a photo, one per attachment at most, replaced when the administrator blurs it again.
CREATE TABLE complaint_blurred_photo (
    tenant_id     varchar(50)  NOT NULL,
    complaint_id  uuid         NOT NULL,
    position      smallint     NOT NULL,
    media_type    varchar(40)  NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    size_bytes    integer      NOT NULL CHECK (size_bytes > 0),
    sha256        char(64)     NOT NULL,
    content       bytea        NOT NULL,
    made_at       timestamptz  NOT NULL,
    made_by       varchar(300) NOT NULL,
    PRIMARY KEY (tenant_id, complaint_id, position),
    FOREIGN KEY (tenant_id, complaint_id, position) REFERENCES complaint_attachment (tenant_id, complaint_id, position)
);
-- Read one at a time, like the attachments; listing reads the other columns only.
ALTER TABLE complaint_blurred_photo ALTER COLUMN content SET STORAGE EXTERNAL;

ALTER TABLE complaint_blurred_photo ENABLE ROW LEVEL SECURITY;
ALTER TABLE complaint_blurred_photo FORCE ROW LEVEL SECURITY;
CREATE POLICY complaint_blurred_photo_tenant_isolation ON complaint_blurred_photo
    USING (tenant_id = current_setting('balai.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('balai.tenant_id', true));

-- Replaced and removed by the administrator (each act is in the moderation log with the digests before and after).
GRANT SELECT, INSERT, UPDATE, DELETE ON complaint_blurred_photo TO ${appRole};

-- The photos the public version shows only as their blurred version (a position is either here or in
-- public_attachments, which are shown as sent).
ALTER TABLE complaint_publication ADD COLUMN blurred_attachments smallint[] NOT NULL DEFAULT '{}';

-- The moderation log also records blurring a photo and removing its blurred version, naming the photo.
ALTER TABLE complaint_moderation_log ADD COLUMN photo_position smallint;
ALTER TABLE complaint_moderation_log DROP CONSTRAINT complaint_moderation_log_act_check;
ALTER TABLE complaint_moderation_log ADD CONSTRAINT complaint_moderation_log_act_check CHECK (act IN ('PUBLISH', 'EDIT',
    'UNPUBLISH', 'TAKEDOWN_REQUESTED', 'PHOTO_BLURRED', 'PHOTO_BLUR_REMOVED'));
ALTER TABLE complaint_moderation_log ADD CONSTRAINT complaint_moderation_log_photo_act_check
    CHECK ((photo_position IS NOT NULL) = (act IN ('PHOTO_BLURRED', 'PHOTO_BLUR_REMOVED')));
