/**
 * Accounts, sessions, second factors, saved filters and signatory profiles in PostgreSQL; password hashing; the
 * signing keys of access tokens and the settings read from the environment.
 */
package id.balai.identity.infrastructure;
