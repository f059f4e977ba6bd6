package id.balai.intake.domain;

/** Which of the regency's mailboxes a mail arrived in: it decides what the mail becomes. */
public enum IntakeMailbox {
    /** The SPIKM address: a complaint (Perbup Muara Enim Pasal 5a, 8). */
    COMPLAINTS,
    /** The PPID address: an information request (Perbup Luwu Timur Pasal 22(1), 22(9)). */
    PPID
}
