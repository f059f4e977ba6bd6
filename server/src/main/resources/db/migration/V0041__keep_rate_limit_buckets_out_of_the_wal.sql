-- Rate-limit buckets are counters of the last minutes, not records: losing them in a crash only resets the limits.
-- As a logged table every public read (tracking, register search) paid a WAL flush for its bucket update, which
-- made a read as expensive as an acknowledged submission (docs/benchmarks.md). Unlogged, the bucket's commit does
-- not wait for the disk; the table is emptied after a crash and is not copied to streaming replicas (a fail-over
-- starts with fresh limits).
ALTER TABLE rate_limit_bucket SET UNLOGGED;
