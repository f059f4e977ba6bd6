/**
 * The SPIKM's tables: reports, their files, their public versions and blurred photos, tracking numbers, templates,
 * the SP4N-LAPOR! links and WhatsApp messages received; SQL for queues and dashboards.
 */
package id.balai.complaints.infrastructure;
