/**
 * The IMAP side (Jakarta Mail, the server's {@code mail-2.1} feature): reading a mailbox's unseen messages into
 * {@code InboundMail} values and flagging them seen; and the table of messages taken in.
 */
package id.balai.intake.infrastructure;
