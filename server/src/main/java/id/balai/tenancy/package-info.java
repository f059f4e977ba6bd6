/**
 * Tenants: one regency (kabupaten/kota) each. A tenant is data, never code: its definition (org tree, channels,
 * categories, regulation parameters, calendar) comes from {@code tenants/<slug>/tenant.yaml} or the platform
 * operator's API, passes one check whichever way it comes ({@code TenantFileReader}, {@code DefinitionRules}), and
 * is kept with every version. The registry resolves a tenant once per request; an unknown tenant is a 404.
 */
package id.balai.tenancy;
