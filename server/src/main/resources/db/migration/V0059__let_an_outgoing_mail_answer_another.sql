-- E-mail intake: the reply to a citizen's e-mail names the message it answers (In-Reply-To and References,
-- RFC 5322 3.6.4), so that the citizen's mail program shows it in the same conversation. Only the Message-ID of the
-- citizen's message is kept, never an address.
ALTER TABLE mail_outbox ADD COLUMN in_reply_to varchar(998);
