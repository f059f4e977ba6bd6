/** The reports' REST API under {@code /api/t/{tenant}/reports}. */
package id.balai.reporting.interfaces;
