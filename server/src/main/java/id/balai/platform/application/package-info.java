/**
 * Platform services every context may use: the clock ({@link id.balai.platform.application.Now}), periodic jobs run
 * once across instances, the readiness signal, and the rate-limit upkeep jobs.
 */
package id.balai.platform.application;
