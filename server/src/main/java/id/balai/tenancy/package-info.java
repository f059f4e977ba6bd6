/**
 * Tenants: one regency (kabupaten/kota) each. A tenant is data, never code: its definition (org tree, channels,
 * categories, regulation parameters, calendar) comes from {@code tenants/<slug>/tenant.yaml} or, later, the
 * platform operator's API. The registry resolves a tenant once per request; an unknown tenant is a 404.
 */
package id.balai.tenancy;
