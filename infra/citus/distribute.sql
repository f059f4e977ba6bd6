-- Turns Balai's schema into a Citus cluster, sharded by tenant (docs/scale-out.md, "The Citus path").
--
-- Run on the coordinator, as the schema owner, in the database `balai`, after the coordinator has `CREATE EXTENSION
-- citus`, the workers are added (citus_add_node) and Balai's Flyway migrations have created the tables (start one
-- instance against the coordinator, or run the migrations). The tables may already hold data: Citus copies it
-- into the shards. The script is idempotent: a table already placed is left alone, so it can be run again after
-- a migration that adds a table (and must be: a new table stays on the coordinator until placed here).
--
--   psql -v ON_ERROR_STOP=1 -d balai -f infra/citus/distribute.sql
--
-- Placement of every table created by server/src/main/resources/db/migration (CitusDistributionTest fails when a
-- migration adds a table that is not placed here, or places one in a way Citus refuses):
--   * distributed by tenant_id, all in one colocation group: every table whose rows belong to one tenant
--     (tenant_id NOT NULL). A tenant's rows of every table live on the same node, so every statement the
--     application runs (each names its tenant) is routed to one node, joins and foreign keys included.
--   * reference (a full copy on every node): `tenant`, the registry that every tenant table refers to.
--   * Citus local tables (on the coordinator only): platform-level tables without a tenant, looked up before a
--     tenant is known: sessions, platform accounts, rate-limit buckets.
--
-- Citus's requirements, and why this schema meets them: a distributed table's primary key and unique constraints
-- contain the distribution column (every one leads with tenant_id); a foreign key between distributed tables
-- includes the distribution column on both sides and links colocated tables (every one is (tenant_id, ...) ->
-- (tenant_id, ...)); distributed -> reference foreign keys are allowed (-> tenant); row-level-security policies
-- are propagated to the shards and must not hold subqueries (each is `tenant_id = current_setting(...)`).

\set ON_ERROR_STOP on

-- 64 shards for the tenant group: room to spread 500+ tenants over up to 64 worker nodes; a big regency can get a
-- shard of its own later (isolate_tenant_to_new_shard, docs/scale-out.md).
SET citus.shard_count = 64;

-- Helpers for idempotency (session-local, gone when the script ends).
CREATE FUNCTION pg_temp.is_distributed(t regclass) RETURNS boolean LANGUAGE sql AS
    $$ SELECT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = t AND partmethod = 'h') $$;
CREATE FUNCTION pg_temp.is_reference(t regclass) RETURNS boolean LANGUAGE sql AS
    $$ SELECT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = t AND partmethod = 'n' AND repmodel = 't') $$;
CREATE FUNCTION pg_temp.is_citus_table(t regclass) RETURNS boolean LANGUAGE sql AS
    $$ SELECT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = t) $$;

BEGIN;
-- Foreign keys to a reference table inside one transaction: Citus wants sequential shard connections then.
SET LOCAL citus.multi_shard_modify_mode TO 'sequential';

-- Reference tables first: a distributed table's foreign key may only point at a reference table or at a colocated
-- distributed table that is already placed. (Citus turns the local tables that refer to `tenant` into Citus local
-- tables on the way; create_distributed_table below converts them again, keeping their foreign keys.)
SELECT create_reference_table('tenant') WHERE NOT pg_temp.is_reference('tenant');

-- Tenant-owned tables, distributed by tenant_id, colocated with org_unit (the group's anchor). A referenced table
-- comes before the tables that refer to it.
SELECT create_distributed_table('org_unit', 'tenant_id', colocate_with => 'none') WHERE NOT pg_temp.is_distributed('org_unit');
SELECT create_distributed_table('complaint_category', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('complaint_category');
SELECT create_distributed_table('officer', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('officer');
SELECT create_distributed_table('officer_recovery_code', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('officer_recovery_code');
SELECT create_distributed_table('audit_entry', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('audit_entry');
SELECT create_distributed_table('audit_head', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('audit_head');
SELECT create_distributed_table('audit_journal', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('audit_journal');
SELECT create_distributed_table('person', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('person');
SELECT create_distributed_table('complaint', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('complaint');
SELECT create_distributed_table('complaint_dispatch', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('complaint_dispatch');
SELECT create_distributed_table('complaint_event', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('complaint_event');
SELECT create_distributed_table('tracking_counter', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('tracking_counter');
SELECT create_distributed_table('idempotency_key', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('idempotency_key');
SELECT create_distributed_table('sms_outbox', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('sms_outbox');
SELECT create_distributed_table('digest_delivery', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('digest_delivery');
SELECT create_distributed_table('complaint_attachment', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('complaint_attachment');
SELECT create_distributed_table('complaint_publication', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('complaint_publication');
SELECT create_distributed_table('complaint_moderation_log', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('complaint_moderation_log');
SELECT create_distributed_table('complaint_blurred_photo', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('complaint_blurred_photo');
SELECT create_distributed_table('lapor_state', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('lapor_state');
SELECT create_distributed_table('lapor_link', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('lapor_link');
SELECT create_distributed_table('mail_outbox', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('mail_outbox');
SELECT create_distributed_table('notification_subscription', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('notification_subscription');
SELECT create_distributed_table('mail_intake_message', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('mail_intake_message');
SELECT create_distributed_table('whatsapp_inbound', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('whatsapp_inbound');
SELECT create_distributed_table('whatsapp_outbox', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('whatsapp_outbox');
SELECT create_distributed_table('whatsapp_session', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('whatsapp_session');
SELECT create_distributed_table('officer_saved_filter', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('officer_saved_filter');
SELECT create_distributed_table('information_request', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('information_request');
SELECT create_distributed_table('information_event', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('information_event');
SELECT create_distributed_table('information_file', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('information_file');
SELECT create_distributed_table('information_objection', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('information_objection');
SELECT create_distributed_table('information_dispute', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('information_dispute');
SELECT create_distributed_table('information_llid', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('information_llid');
SELECT create_distributed_table('register_entry', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('register_entry');
SELECT create_distributed_table('register_document', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('register_document');
SELECT create_distributed_table('consequence_test', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('consequence_test');
SELECT create_distributed_table('consequence_test_review', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('consequence_test_review');
SELECT create_distributed_table('register_delivery', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('register_delivery');
SELECT create_distributed_table('compliance_day', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('compliance_day');
SELECT create_distributed_table('compliance_month', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('compliance_month');
SELECT create_distributed_table('compliance_snapshot', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('compliance_snapshot');
SELECT create_distributed_table('tenant_definition_version', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('tenant_definition_version');
SELECT create_distributed_table('tenant_boundaries', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('tenant_boundaries');
-- response_template (issue 17 item 5): a regency's and its agencies' answer templates.
SELECT create_distributed_table('response_template', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('response_template');
-- letter_sequence, letter_number, officer_signatory (issue 18): a regency's letter numbers, its signed letters, its signatories.
SELECT create_distributed_table('letter_sequence', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('letter_sequence');
SELECT create_distributed_table('letter_number', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('letter_number');
SELECT create_distributed_table('officer_signatory', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('officer_signatory');
-- information_llid_delivery, coordination_problem, coordination_recommendation (issue 18).
SELECT create_distributed_table('information_llid_delivery', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('information_llid_delivery');
SELECT create_distributed_table('coordination_problem', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('coordination_problem');
SELECT create_distributed_table('coordination_recommendation', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('coordination_recommendation');
-- information_unit_report_submission (issue 18, Perbup LT Pasal 28).
SELECT create_distributed_table('information_unit_report_submission', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('information_unit_report_submission');
-- register_library_handover (issue 18, Perbup LT Pasal 17(2)).
SELECT create_distributed_table('register_library_handover', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('register_library_handover');
-- documentation_assignment (issue 18, Perbup LT Pasal 9e).
SELECT create_distributed_table('documentation_assignment', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('documentation_assignment');
-- information_objection_implementation (issue 18, Perbup LT Pasal 18(3)d.2).
SELECT create_distributed_table('information_objection_implementation', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('information_objection_implementation');
-- coordination_direction, coordination_evaluation (issue 18, SPIKM Pasal 6a-b, 6f).
SELECT create_distributed_table('coordination_direction', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('coordination_direction');
SELECT create_distributed_table('coordination_evaluation', 'tenant_id', colocate_with => 'org_unit') WHERE NOT pg_temp.is_distributed('coordination_evaluation');

-- Platform tables without a tenant, kept on the coordinator (Citus local tables: they may join and keep foreign
-- keys with the reference table). auth_session's tenant_id is NULL for platform accounts and it is found by its
-- refresh digest (UNIQUE without tenant_id), so it cannot be distributed by tenant; it is small (one row a login).
-- rate_limit_bucket and rate_limit_usage are keyed by limit and client address, platform_account has no tenant.
SELECT citus_add_local_table_to_metadata('platform_account') WHERE NOT pg_temp.is_citus_table('platform_account');
SELECT citus_add_local_table_to_metadata('auth_session') WHERE NOT pg_temp.is_citus_table('auth_session');
SELECT citus_add_local_table_to_metadata('rate_limit_bucket') WHERE NOT pg_temp.is_citus_table('rate_limit_bucket');
SELECT citus_add_local_table_to_metadata('rate_limit_usage') WHERE NOT pg_temp.is_citus_table('rate_limit_usage');
-- compliance_weights is keyed by province code (one small row per province, written by a provincial admin).
SELECT citus_add_local_table_to_metadata('compliance_weights') WHERE NOT pg_temp.is_citus_table('compliance_weights');

COMMIT;

-- The tenant of a transaction must reach the workers, where the shards' row-level-security policies read it.
-- Citus forwards `SET LOCAL` to the nodes a transaction touches only with this setting, and it forwards the
-- statement SET LOCAL, not the function set_config(), which is why the server sets `balai.tenant_id` and
-- `balai.province_code` with `SET LOCAL` (SessionSettings; docs/scale-out.md, "Before the first Citus run").
-- Without this setting, every tenant query on a worker sees no rows.
-- (Needs a role with CREATEROLE; `balai_app` is DB_APP_USER.)
ALTER ROLE balai_app SET citus.propagate_set_commands = 'local';
