-- Issue 17 item 1: the PPID's register working list keeps saved filters too.
ALTER TABLE officer_saved_filter DROP CONSTRAINT officer_saved_filter_queue_check;
ALTER TABLE officer_saved_filter ADD CONSTRAINT officer_saved_filter_queue_check
    CHECK (queue IN ('COMPLAINTS', 'INFORMATION_REQUESTS', 'REGISTER'));
