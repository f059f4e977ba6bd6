package id.balai.intake.domain;

/** Why a mail is recorded and left unanswered: answering machine mail makes mail loops (RFC 3834). */
public enum IgnoreReason {
    /** Balai's own mail come back, or mail from one of the regency's own addresses. */
    LOOP,
    /** A delivery status notification: a bounce (multipart/report, an empty Return-Path, MAILER-DAEMON). */
    BOUNCE,
    /** An out-of-office or other automatic answer (Auto-Submitted, X-Autoreply, Precedence: auto_reply). */
    AUTO_REPLY,
    /** A mailing list's message (List-Id, List-Unsubscribe, Precedence: list). */
    MAILING_LIST,
    /** Bulk or junk mail (Precedence: bulk or junk). */
    BULK,
    /** No sender address could be read: there is nobody to answer. */
    NO_SENDER
}
