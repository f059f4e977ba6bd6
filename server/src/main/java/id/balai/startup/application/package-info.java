/**
 * The composition root: the order in which the platform starts (keys, migrations, tenants, jobs) and the signal that
 * it is ready.
 */
package id.balai.startup.application;
