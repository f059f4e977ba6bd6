/**
 * Officers and their sessions: sign-in with progressive delays and lock-out, one-time passwords, TOTP second factors
 * with recovery codes, administration of accounts and roles, saved filters, signatories, and the names shown for who
 * acted.
 */
package id.balai.identity.application;
