-- The LLID and the PPID Pembantu reports list a period's requests in the order of receipt (Perbup Pasal 18(3)): the
-- day received, then the instant, then the registration number. Without an index in that order PostgreSQL sorted all
-- of a year's requests before sending the first row (100 000 in the benchmark's busiest regency: an external sort on
-- disk, about a third of a second); with it the CSV streams from the first row and the JSON's first 500 are read
-- directly. received_on is the tenant-zone date of received_at, so the order is the order of received_at.
CREATE INDEX information_request_receipt_order_idx
    ON information_request (tenant_id, received_on, received_at, registration_number);
