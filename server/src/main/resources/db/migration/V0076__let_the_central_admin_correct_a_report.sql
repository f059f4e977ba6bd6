-- Issue 17 item 2: at verification, and later, the central administrator corrects a report's type, category,
-- title, tags and priority; each change is an event of the case (who, before, after). The reporter's own title
-- stays in `title`, unchanged: the corrected one is the officers' working title, kept beside it, so that the
-- reporter's tracking page keeps showing what the reporter wrote.
ALTER TABLE complaint ADD COLUMN working_title varchar(200);
ALTER TABLE complaint ADD COLUMN tags varchar(40)[] NOT NULL DEFAULT '{}';
ALTER TABLE complaint ADD COLUMN priority varchar(8) NOT NULL DEFAULT 'NORMAL'
    CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT'));
