/**
 * What every context stands on: the error model, the embedded database and migrations, start-up, health,
 * the REST application and the single-page-app fallback.
 */
package id.balai.platform;
