-- Register search ranks the newest matches only (RegisterRepository.SEARCH_CANDIDATES): for a common word PostgreSQL
-- walks the published entries newest first and stops at the cap, instead of ranking every match.
CREATE INDEX register_entry_published_at_idx ON register_entry (tenant_id, published_at DESC, number)
    WHERE published;
