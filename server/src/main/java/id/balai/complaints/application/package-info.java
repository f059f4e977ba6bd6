/**
 * The SPIKM's use cases: receiving a report on every channel (web, SMS, e-mail, WhatsApp, walk-in, SP4N-LAPOR!),
 * verifying and dispatching it, the agencies' answers, moderation of the public version, the clocks and their jobs,
 * routing suggestions, templates, and telling the reporter at each step.
 */
package id.balai.complaints.application;
