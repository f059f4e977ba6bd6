/**
 * Regencies as tenants: the registry of the running ones, their definitions and versions, their units and areas, the
 * transaction bound to one regency (the port {@link id.balai.tenancy.application.TenantTransactions}), and their
 * public profile.
 */
package id.balai.tenancy.application;
