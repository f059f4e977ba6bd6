/**
 * Tenant files read and checked against the schema, stored definitions, organisation units, and the tenant scope
 * that sets PostgreSQL's row-level security for each transaction.
 */
package id.balai.tenancy.infrastructure;
