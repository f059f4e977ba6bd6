/**
 * Who may do what: officer accounts of a tenant and accounts above tenants, their roles (from both
 * regulations), login with lock-out, signed access tokens that MicroProfile JWT verifies, refresh and logout.
 */
package id.balai.identity;
