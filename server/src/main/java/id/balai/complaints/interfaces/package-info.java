/**
 * The SPIKM over HTTP: the citizen's form and tracking page, the officers' queues and case actions, Open311
 * GeoReport v2, and the SMS, WhatsApp and SP4N-LAPOR! endpoints; input records and the views each audience may see.
 */
package id.balai.complaints.interfaces;
