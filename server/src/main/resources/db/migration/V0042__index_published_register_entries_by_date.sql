-- Register search ranks the newest matches only (RegisterRepository.SEARCH_CANDIDATES): for a common word PostgreSQL
-- walks the published entries newest first and stops at the cap, instead of ranking every match. The index carries
-- the id and the search vector, so the walk and the ranking read the index alone (an index-only scan), not the
-- entries' rows scattered over the table.
CREATE INDEX register_entry_published_search_idx ON register_entry (tenant_id, published_at DESC, number)
    INCLUDE (id, search) WHERE published;
