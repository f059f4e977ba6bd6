/**
 * The platform operator's work on tenants (issue: live onboarding): onboarding a regency from a definition while
 * the servers run, suspending and reactivating it, and moving its data between deployments. Orchestrates
 * {@code tenancy}, {@code identity} and {@code audit}; nothing else depends on it.
 */
package id.balai.onboarding;
