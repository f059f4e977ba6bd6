/**
 * The work on a regency's definition above the regency itself (issues: live onboarding, live change): onboarding a
 * regency from a definition while the servers run, suspending and reactivating it, moving its data between
 * deployments, the platform operator's replacement of a running regency's definition, and the regency admin's live
 * edits of its units and complaint categories. Orchestrates {@code tenancy}, {@code identity} and {@code audit};
 * nothing else depends on it.
 */
package id.balai.onboarding;
