/**
 * An officer's account and what may be done with it: roles, the sign-in policy, password rules (length and
 * guessability, not composition), TOTP, saved filters and signatory profiles.
 */
package id.balai.identity.domain;
