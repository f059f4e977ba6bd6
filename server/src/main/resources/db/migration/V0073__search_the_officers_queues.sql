-- Issue 17 item 1: the officers' queues search the whole regency on the server, not the page on screen.
-- Words are matched in the built-in 'indonesian' snowball configuration (it strips Indonesian affixes:
-- pengaduan -> adu, perbaikan -> baik), the number as it is written ('simple'). Stored generated columns, as in
-- register_entry (V0020), so that an index can lead with tenant_id (btree_gin, created there).

-- A report: its title (weight A) and description (B). The tracking number is matched exactly, by the unique key.
ALTER TABLE complaint ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('indonesian'::regconfig, coalesce(title, '')), 'A')
    || setweight(to_tsvector('indonesian'::regconfig, coalesce(description, '')), 'B')) STORED;
CREATE INDEX complaint_search_idx ON complaint USING gin (tenant_id, search);

-- An information request: the information wanted (A) and its purpose (B), kept in the details document.
ALTER TABLE information_request ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('indonesian'::regconfig, coalesce(details -> 'content' ->> 'informationWanted', '')), 'A')
    || setweight(to_tsvector('indonesian'::regconfig, coalesce(details -> 'content' ->> 'purpose', '')), 'B'))
    STORED;
CREATE INDEX information_request_search_idx ON information_request USING gin (tenant_id, search);

-- Identity search (central administrator, PPID officers): the vault answers the persons whose lookup digest
-- matches the phone or e-mail; the queue then reads their cases by reference.
CREATE INDEX complaint_reporter_idx ON complaint (tenant_id, reporter_id) WHERE reporter_id IS NOT NULL;
CREATE INDEX information_request_requester_idx ON information_request (tenant_id, requester_id);
