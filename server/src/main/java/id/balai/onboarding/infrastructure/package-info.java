/**
 * A regency's archive, to move it to another deployment: every record of the regency in one file, personal data
 * still encrypted, and what is deliberately not moved.
 */
package id.balai.onboarding.infrastructure;
