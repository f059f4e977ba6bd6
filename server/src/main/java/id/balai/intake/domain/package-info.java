/**
 * A received mail as plain values ({@code InboundMail}), what to do with it ({@code MailTriage}), its usable text
 * ({@code MailText}), the key that identifies it ({@code MessageKey}) and the replies' texts: no framework, no
 * mail library, so that every rule is tested with plain unit tests.
 */
package id.balai.intake.domain;
