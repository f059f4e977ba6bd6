/**
 * What every context stands on: the error model, the embedded database and migrations, the tenant identifier, the
 * periodic jobs, the REST application and the single-page-app fallback. It knows no context (ArchitectureTest).
 */
package id.balai.platform;
