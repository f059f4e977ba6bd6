/**
 * E-mail intake (issue item 3): the regency's complaint and PPID mailboxes, read over IMAP. A mail to the complaint
 * address becomes a complaint (SPIKM Perbup Muara Enim Pasal 5a, 8), one to the PPID address an information request
 * waiting for the same-day confirmation (Perbup Luwu Timur Pasal 22(9)); the sender gets a reply with the number.
 * Machine mail (auto-replies, bounces, lists, Balai's own) is recorded and left unanswered. The context talks to
 * complaints and information through their application services only.
 */
package id.balai.intake;
