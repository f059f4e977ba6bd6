-- Issue 15 item 4: when the central administrator publishes a report, they choose whether its public version shows
-- the report's point (the public map, the public report JSON, Open311's lat/long). A point can identify a reporter
-- (a house), so it is a choice per report, made at every publish or update.
-- Existing public versions keep what they showed: Open311 served their points before this column existed.
ALTER TABLE complaint_publication ADD COLUMN public_location boolean NOT NULL DEFAULT true;
