-- Public rate limits are decided in each instance's memory (issue 19 item 3); what each instance has let through is
-- added here about once a second, so that every instance learns what the others let through in the same window.
-- A row is one limit and key (e.g. 'complaint-tracking:10.1.2.3') in one window of the limit's period, aligned on
-- the epoch so that every instance agrees where a window starts. Like rate_limit_bucket: counters of the last
-- minutes, unlogged (a crash or a fail-over only resets the limits, and no public read waits for a WAL flush).
CREATE UNLOGGED TABLE rate_limit_usage (
    id           varchar(200) NOT NULL,
    window_start bigint       NOT NULL,
    window_end   bigint       NOT NULL,
    used         bigint       NOT NULL CHECK (used >= 0),
    PRIMARY KEY (id, window_start)
);
CREATE INDEX rate_limit_usage_window_end ON rate_limit_usage (window_end);
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit_usage TO ${appRole};
