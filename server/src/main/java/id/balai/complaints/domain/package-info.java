/**
 * The SPIKM's rules, free of any framework: the report (Complaint) and its history, its dispatches to agencies with
 * their due dates, its status and handling steps, publication and blurred photos, duplicates, templates, and the
 * words SMS and WhatsApp replies use.
 */
package id.balai.complaints.domain;
