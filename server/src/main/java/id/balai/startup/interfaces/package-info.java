/**
 * The readiness check (/health/ready): the database answers and the platform has started with at least one regency.
 */
package id.balai.startup.interfaces;
