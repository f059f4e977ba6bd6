-- Issue 17 item 4: likely duplicates are offered at verification by trigram similarity of the text (pg_trgm's
-- similarity()), among the regency's open reports of the 30 days around the report. pg_trgm is a trusted
-- extension (PostgreSQL 13+): the database owner that runs the migrations may create it. No trigram index: the
-- candidates are first narrowed by tenant, status and date, a month of one regency's open reports.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
